@testable import CasebookBuild
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// What a PDF is made from, and how far WeasyPrint is: without running WeasyPrint.
@Suite struct PDFInputsTests {
    @Test func theReferencesOfHTMLAndCSS() {
        let html = Data(##"<link rel="stylesheet" href="../../assets/print.css"><img src="../../media/a b.png"><a href="#x">"##.utf8)
        #expect(PDFInputs.references(in: html, styleSheet: false) == ["../../assets/print.css", "#x", "../../media/a b.png"])
        let css = Data(#"@import "base.css"; @font-face { src: url(fonts/a.woff2) } .x { background: url( 'i.svg' ) }"#.utf8)
        #expect(PDFInputs.references(in: css, styleSheet: true) == ["fonts/a.woff2", "i.svg", "base.css"])
    }

    @Test(arguments: [
        ("../../assets/print.css", "assets/print.css"),
        ("../../media/a%20b.png?v=2", "media/a b.png"),
        ("./chart.svg#part", "ru/print/chart.svg"),
        ("../../en/print/index.html", nil),
        ("../casebook.pdf", nil),
        ("https://example.org/x.css", nil),
        ("#case-pump", nil),
        ("/assets/print.css", nil),
        ("../../../outside.css", nil),
    ] as [(String, String?)])
    func referencesResolveInsideTheSite(_ reference: String, _ path: String?) {
        #expect(PDFInputs.resolve(reference, from: "ru/print/index.html") == path)
    }

    @Test func theFingerprintChangesWithAnInputAndNotWithAnythingElse() throws {
        let book = try TemporaryCasebook(files: [
            "site/ru/print/index.html": #"<link rel="stylesheet" href="../../assets/print.css"><a href="../index.html">"#,
            "site/assets/print.css": "@font-face { src: url(fonts/f.woff2) }",
            "site/assets/fonts/f.woff2": "font",
            "site/assets/casebook.css": "body {}",
            "site/ru/index.html": "<p>home</p>",
        ], copyTheme: false)
        let site = book.root.appendingPathComponent("site")
        let job = PDFJob(html: "ru/print/index.html", pdf: "ru/casebook.pdf")
        let inputs = PDFInputs(of: job, in: site)
        #expect(inputs.files == ["assets/fonts/f.woff2", "assets/print.css", "ru/print/index.html"])
        let first = try #require(inputs.fingerprint(in: site, settings: ["a"]))
        #expect(inputs.fingerprint(in: site, settings: ["b"]) != first)
        try book.write("site/ru/index.html", "<p>changed</p>")
        try book.write("site/assets/casebook.css", "body { color: red }")
        #expect(PDFInputs(of: job, in: site).fingerprint(in: site, settings: ["a"]) == first)
        try book.write("site/assets/fonts/f.woff2", "other font")
        #expect(PDFInputs(of: job, in: site).fingerprint(in: site, settings: ["a"]) != first)
    }

    @Test(arguments: [
        ("", "WeasyPrint, reading…"),
        ("INFO: Step 1 - Fetching and parsing HTML - x.html\nWARNING: something\n", "WeasyPrint, reading…"),
        ("INFO: Step 5 - Creating layout - Page 1\n", "WeasyPrint, 1 page…"),
        ("INFO: Step 5 - Creating layout - Page 36\nINFO: Step 5 - Creating layout - Page 37\n", "WeasyPrint, 37 pages…"),
        ("INFO: Step 5 - Creating layout - Page 37\nINFO: Step 6 - Creating PDF\n", "WeasyPrint, writing 37 pages…"),
        ("INFO: Step 5 - Creating layout - Page 35\nINFO: Step 5 - Creating layout - Page 1\nINFO: Step 5 - Creating layout - Page 3\n",
         "WeasyPrint, 35 pages…"),
        ("INFO: Step 5 - Creating layout - Page 35\nINFO: Step 5 - Creating layout - Page 34\nINFO: Step 6 - Creating PDF\n",
         "WeasyPrint, writing 34 pages…"),
    ])
    func theStageOfARun(_ log: String, _ stage: String) {
        #expect(PDFRun.stage(fromLog: log) == stage)
    }
}
