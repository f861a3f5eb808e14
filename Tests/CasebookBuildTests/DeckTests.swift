import CasebookBuild
import CasebookTestSupport
import Foundation
import Testing

/// The slide deck of the bilingual fixture (content/slides/review.*.md): its page, the
/// golden HTML, and its PDF, one 16:9 page per slide.
@Suite struct DeckTests {
    static let deck = "site/en/slides/review/index.html"

    @Test(arguments: ["en/slides/review/index.html", "ru/slides/review/index.html"])
    func deckMatchesGolden(_ path: String) throws {
        try GoldenTests().pageMatchesGolden(path)
    }

    @Test func everySlideIsALabelledSectionWithItsNumberAsID() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let page = try #require(book.read(Self.deck))
        let labels = page.components(separatedBy: "aria-roledescription=\"Slide\" aria-label=\"").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
        #expect(labels == ["1 of 5: Contest results", "2 of 5: The contest", "3 of 5: Distribution", "4 of 5: Ranking",
                           "5 of 5: Practice"])
        for number in 1...5 { #expect(page.contains("<section class=\"slide") && page.contains(" id=\"\(number)\" ")) }
        // The notes stay in their slide for the presenter view; CSS keeps them off the stage.
        let second = try #require(page.components(separatedBy: "id=\"2\"").last?.components(separatedBy: "</section>").first)
        #expect(second.contains("<div class=\"notes\" role=\"note\" aria-label=\"Speaker notes\"><p>Welcome the participants.</p><p>Recall the aim of the contest.</p></div>"))
        #expect(page.contains("<section class=\"slide split\" id=\"3\""))
        #expect(page.contains("<p class=\"slide-date\"><time datetime=\"2022-06-30\">30 June 2022</time></p>"))
        #expect(page.contains("<a href=\"#2\">slide 2</a>"))
        #expect(page.contains("<a class=\"deck-home\" href=\"../../index.html\""))
        #expect(page.contains("<a class=\"deck-lang\" href=\"../../../ru/slides/review/index.html\" hreflang=\"ru\" lang=\"ru\" data-keep-place>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../../assets/slides.css\">"))
        #expect(!page.contains("<script src=\"http") && !page.contains("stylesheet\" href=\"http"), "no external script or style")
        #expect(book.read("site/assets/slides.css").map { !$0.contains("url(") && !$0.contains("@import") } == true,
                "no external font or image in the stylesheet")
        #expect(book.read("site/assets/slides.js")?.contains("BroadcastChannel") == true)
        // The home page's link says it opens a presentation.
        #expect(book.read("site/en/index.html")?.contains(
            "<a href=\"slides/review/index.html\">Contest results <span class=\"kind\">(presentation)</span></a>") == true)
    }

    @Test func theBuildAsksForOnePDFPerDeckAndLanguage() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let output = try #require(BuildPipeline(options: .init(root: book.root)).render().0)
        #expect(output.pdfJobs.filter { $0.pdf.contains("/slides/") }.map { "\($0.html) → \($0.pdf)" } == [
            "ru/slides/review/index.html → ru/slides/review.pdf",
            "en/slides/review/index.html → en/slides/review.pdf",
        ])
    }

    @Test(.enabled(if: Tool.path("weasyprint") != nil, "weasyprint is not installed (apt-get install weasyprint)"))
    func weasyPrintMakesOnePagePerSlide() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let pdf = book.root.appendingPathComponent("review.pdf")
        try Tool.run("weasyprint", [book.root.appendingPathComponent(Self.deck).path, pdf.path])
        #expect(try Tool.pageCount(pdf) == 5)
        if Tool.path("pdfinfo") != nil {
            #expect(try Tool.run("pdfinfo", [pdf.path]).contains("Page size:       720 x 405 pts"))
        }
    }

    @Test(.enabled(if: Tool.path("chromium") != nil, "chromium is not installed (apt-get install chromium)"))
    func chromiumPrintsOnePagePerSlide() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let pdf = book.root.appendingPathComponent("review-chromium.pdf")
        try Tool.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                  "--user-data-dir=\(book.root.appendingPathComponent(".chromium").path)",
                                  "--print-to-pdf=\(pdf.path)", book.root.appendingPathComponent(Self.deck).absoluteString])
        #expect(try Tool.pageCount(pdf) == 5)
    }
}

/// Runs the command-line tools a test needs, when they are installed.
enum Tool {
    static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The tool's standard output; throws when it fails.
    @discardableResult
    static func run(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path(name)))
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(name) exited with \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }

    /// Pages of a PDF: from pdfinfo when there is one, else the page objects counted.
    static func pageCount(_ pdf: URL) throws -> Int {
        if path("pdfinfo") != nil, let line = try run("pdfinfo", [pdf.path]).split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }) {
            return Int(line.split(separator: " ").last ?? "") ?? -1
        }
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        return text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
    }
}
