import CasebookBuild
import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// Whole fixture sites built end to end into temporary folders.
@Suite struct BuildTests {
    func files(under root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[path] = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) }
        }
        return result
    }

    @Test func bilingualFixtureBuildsEveryPage() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let report = book.build()
        #expect(report.diagnostics.sorted.map(\.description) == [
            "content/cases/pump.en.md:10:47: warning: 'kindergarten.ru.md' has no en translation; linking to the ru page",
        ])
        #expect(report.wrote)
        let output = files(under: book.root.appendingPathComponent("site"))
        for path in ["index.html", "404.html", "sitemap.xml", ".casebook-output", "README.md", "assets/casebook.css",
                     "assets/casebook.js", "media/pump.svg", "ru/index.html", "en/index.html", "ru/cases/index.html",
                     "ru/cases/pump/index.html", "en/cases/pump/index.html", "ru/cases/kindergarten/index.html",
                     "ru/municipalities/index.html", "ru/municipalities/alpha/index.html", "en/municipalities/delta/index.html",
                     "ru/results/index.html", "ru/sectors/index.html", "ru/sectors/water/index.html",
                     "en/target-groups/pwd/index.html", "ru/regions/issyk-kul/index.html", "ru/method/index.html",
                     "en/method/index.html", "ru/search/index.html", "ru/search/index.js"] {
            #expect(output[path] != nil, "missing \(path)")
        }
        #expect(output["en/cases/kindergarten/index.html"] == nil)
        #expect(output["ru/home/index.html"] == nil)
    }

    @Test func untranslatedCaseIsListedInItsLanguageAndTheSwitcherSaysSo() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let list = try #require(book.read("site/en/cases/index.html"))
        #expect(list.contains("<a href=\"../../ru/cases/kindergarten/index.html\" lang=\"ru\" hreflang=\"ru\">Полудневная группа</a> <span class=\"lang-note\">in Russian</span>"))
        let page = try #require(book.read("site/ru/cases/kindergarten/index.html"))
        #expect(page.contains("<a href=\"../../../en/cases/index.html\" hreflang=\"en\" lang=\"en\" data-lang=\"en\">English</a> <span class=\"lang-missing\">(нет перевода этой страницы)</span>"))
        let translated = try #require(book.read("site/ru/cases/pump/index.html"))
        #expect(translated.contains("<a href=\"../../../en/cases/pump/index.html\" hreflang=\"en\" lang=\"en\" data-lang=\"en\">English</a></li>"))
        #expect(translated.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/book/en/cases/pump/index.html\">"))
    }

    @Test func factBoxFundingAndBeneficiaries() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let page = try #require(book.read("site/en/cases/pump/index.html"))
        #expect(page.contains("<dt>Budget</dt><dd><span class=\"value\">1,500,000 som</span></dd>"))
        #expect(page.contains("<tr><th scope=\"row\">Donor</th><td class=\"num\">1,000,000</td><td class=\"num\">66.7%</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">Women</th><td class=\"num\">150</td></tr>"))
        #expect(page.contains("<a href=\"../../municipalities/alpha/index.html\">Alpha</a>: score <strong>18 / 20</strong>"))
        #expect(page.contains("<img src=\"../../../media/pump.svg\" alt=\"Diagram of a standpipe\""))
        #expect(page.contains("<a href=\"../../method/index.html\">method</a>"))
    }

    @Test func sitemapListsTranslationsAsAlternates() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let sitemap = try #require(book.read("site/sitemap.xml"))
        #expect(sitemap.contains("""
          <url>
            <loc>https://example.org/book/ru/cases/pump/index.html</loc>
            <lastmod>2022-06-30</lastmod>
            <xhtml:link rel="alternate" hreflang="ru" href="https://example.org/book/ru/cases/pump/index.html"/>
            <xhtml:link rel="alternate" hreflang="en" href="https://example.org/book/en/cases/pump/index.html"/>
          </url>
        """))
        #expect(sitemap.contains("<loc>https://example.org/book/ru/cases/kindergarten/index.html</loc>\n    <lastmod>2022-06-30</lastmod>\n  </url>"))
    }

    @Test func rebuildingGivesByteIdenticalFiles() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let first = book.root.appendingPathComponent("one"), second = book.root.appendingPathComponent("two")
        #expect(book.build(output: first).wrote)
        #expect(book.build(output: second).wrote)
        let a = files(under: first), b = files(under: second)
        #expect(a.count > 50)
        #expect(a == b)
    }

    @Test func invalidContentGetsEveryDiagnosticAndLeavesTheOutputUntouched() throws {
        let book = try TemporaryCasebook(fixture: "invalid-content")
        try book.write("site/.casebook-output", "")
        try book.write("site/old.html", "<p>the last good build</p>")
        let before = files(under: book.root.appendingPathComponent("site"))
        let report = book.build()
        #expect(!report.wrote)
        #expect(report.diagnostics.sorted.map(\.description) == [
            "content/cases/broken.ru.md:5:11: error: unknown sector 'watter' (did you mean 'water'?)",
            "content/cases/broken.ru.md:7:1: error: unknown field 'titel' in a case (did you mean 'title'?)",
            "content/cases/broken.ru.md:9:11: error: link to a missing case: content/cases/missing.md does not exist",
            "content/cases/broken.ru.md:9:47: error: link '../../README.md' leaves content/",
            "content/cases/broken.ru.md:11:1: error: image '../media/nothing.png' has no alt text; write ![what the image shows](../media/nothing.png)",
            "content/cases/broken.ru.md:11:1: error: image target 'content/media/nothing.png' not found",
            "content/cases/broken.ru.md:13:1: warning: raw HTML is not passed through and was dropped: '<div>raw</div>'\n  note: write it in Markdown instead",
            "content/evaluations/alpha.ru.md:3:1: error: missing score for criterion 'budgeting' (0–5)",
            "content/evaluations/alpha.ru.md:4:18: error: score 16 for 'participation' is out of range 0–15",
            "content/evaluations/alpha.ru.md:9:8: error: unknown chart 'pie'\n  note: charts: criteria, bands, regions, sectors",
            "content/pages/about.ru.md:5:1: error: unknown directive 'rankings' (did you mean 'ranking'?)\n  note: directives: chart, ranking, stats, cases",
        ])
        #expect(files(under: book.root.appendingPathComponent("site")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: book.root.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesAFolderItDidNotWrite() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        try book.write("site/thesis.docx", "someone's work")
        let report = book.build()
        #expect(!report.wrote)
        #expect(report.diagnostics.sorted.map(\.description) == [
            "error: \(book.root.appendingPathComponent("site").standardizedFileURL.path) is not empty and was not written by casebook (no .casebook-output file); choose an empty folder with --output or remove it",
        ])
        #expect(book.read("site/thesis.docx") == "someone's work")
    }

    @Test(arguments: ["", "content", "themes"])
    func refusesToReplaceTheCasebookItself(_ folder: String) throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let target = folder.isEmpty ? book.root : book.root.appendingPathComponent(folder)
        let report = book.build(output: target)
        #expect(!report.wrote)
        #expect(report.diagnostics.sorted.first?.description.hasPrefix("error: refusing to write the site into \(target.standardizedFileURL.path)") == true)
        #expect(book.read("content/casebook.yml") != nil)
    }

    @Test func replacesAnEarlierBuildAndDropsStaleFiles() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        try book.write("site/stale.html", "old")
        #expect(book.build().wrote)
        #expect(book.read("site/stale.html") == nil)
        #expect(book.read("site/ru/index.html") != nil)
    }
}
