import CasebookBuild
import CasebookTestSupport
import Foundation
import Testing

/// What a reader meets on the home page and around it: key figures that read as numbers with
/// their declined words, the presentation and its PDF said to be what they are, the favicon.
@Suite struct ReaderPagesTests {
    @Test func keyFiguresReadAsANumberFollowedByItsDeclinedWord() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let ru = try #require(book.read("site/ru/index.html"))
        #expect(ru.contains("<li><span class=\"stat-value\">2</span> <span class=\"stat-label\">кейса</span></li>"))
        #expect(ru.contains("<li><span class=\"stat-value\">2</span> <span class=\"stat-label\">ПСЭР оценены</span></li>"))
        #expect(ru.contains("<li><span class=\"stat-value\">11,5</span> <span class=\"stat-label\">средний балл</span></li>"))
        // A region's figure says what it counts, then names the region on a line of its own.
        #expect(ru.contains("<li><span class=\"stat-value\">2</span> <span class=\"stat-label\">ПСЭР<br>Джалал-Абадская область</span></li>"))
        let en = try #require(book.read("site/en/index.html"))
        #expect(en.contains("<li><span class=\"stat-value\">2</span> <span class=\"stat-label\">SEDPs<br>Jalal-Abad region</span></li>"))
        #expect(en.contains("<li><span class=\"stat-value\">0</span> <span class=\"stat-label\">SEDPs<br>Issyk-Kul region</span></li>"))
        for id in ["c", "d", "e"] {
            try book.write("content/cases/\(id).ru.md", Doc.case("Кейс \(id)"))
        }
        #expect(book.build().wrote)
        #expect(book.read("site/ru/index.html")?.contains(
            "<li><span class=\"stat-value\">5</span> <span class=\"stat-label\">кейсов</span></li>") == true)
        #expect(book.read("site/en/index.html")?.contains(
            "<li><span class=\"stat-value\">5</span> <span class=\"stat-label\">cases</span></li>") == true)
    }

    @Test func theHomePageAndTheDeckLinkTheDecksPDFWhenTheBuildMakesIt() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (output, _) = BuildPipeline(options: .init(root: book.root)).render(linksPDFs: true)
        let files = try #require(output?.files)
        let page: (String) -> String = { path in
            files.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        }
        #expect(page("en/index.html").contains(
            "<p><a href=\"slides/review.pdf\" type=\"application/pdf\">Slides as PDF</a></p>"))
        // Only the deck's section links slides: the others must not take the book's PDF as theirs.
        #expect(page("en/index.html").components(separatedBy: "Slides as PDF").count == 2)
        #expect(page("ru/index.html").contains(
            "<a href=\"slides/review/index.html\">Итоги конкурса <span class=\"kind\">(презентация)</span></a>"))
        #expect(page("en/slides/review/index.html").contains(
            "<a class=\"deck-pdf\" href=\"../review.pdf\" type=\"application/pdf\" title=\"Slides as PDF\">PDF</a>"))
        // Without PDFs there is nothing to link to.
        #expect(book.build().wrote)
        #expect(book.read("site/en/index.html")?.contains("review.pdf") == false)
    }

    @Test func theThemeShipsASmallFaviconThatEveryPageLinks() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let svg = try #require(book.read("site/assets/favicon.svg"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">") && svg.utf8.count < 1024)
        let png = try Data(contentsOf: book.root.appendingPathComponent("site/assets/favicon.png"))
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) && png.count < 2048)
        let page = try #require(book.read("site/ru/cases/pump/index.html"))
        #expect(page.contains("<link rel=\"icon\" href=\"../../../assets/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(page.contains("<link rel=\"icon\" href=\"../../../assets/favicon.png\" type=\"image/png\" sizes=\"32x32\">"))
    }

    @Test func checkWarnsWhenTheBookLinksToTheWebsiteAndBaseURLIsNotSet() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let config = try #require(book.read("content/casebook.yml"))
        try book.write("content/casebook.yml", config.replacingOccurrences(of: "base_url: \"https://example.org/book/\"\n", with: ""))
        let note = "\n  note: set base_url to the address the website is published at, e.g. base_url: https://example.org/casebook/"
        let messages = book.check()
        // The English book links to the Russian-only case's page; the Russian book has it as a chapter.
        #expect(messages.filter { $0.contains("base_url") } == ["content/casebook.yml:1:1: warning: base_url is not set: "
            + "the link of the en printable book to the website leads nowhere in its PDF" + note])
        // In print those links are text, not blue; on screen every link is underlined.
        let css = try #require(book.read("themes/default/assets/print.css"))
        #expect(css.contains("a.web:not([data-url]) { color: inherit; }"))
        #expect(book.build().wrote)
        let html = try #require(book.read("site/en/print/index.html"))
        #expect(html.contains("<nav class=\"back-to-site\" aria-label=\"Website\"><a class=\"home\" href=\"../index.html\">Website: Casebook</a></nav>"))
        try book.write("content/casebook.yml", config)
        #expect(!book.check().contains { $0.contains("base_url is not set") })
    }
}
