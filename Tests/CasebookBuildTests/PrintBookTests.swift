import CasebookBuild
import CasebookTestSupport
import Foundation
import Testing

/// The printable book's HTML: one document per language, chapters that fit together.
@Suite struct PrintBookTests {
    static func ids(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    static func fragmentLinks(in html: String) -> [String] {
        html.components(separatedBy: " href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test(arguments: ["ru", "en"])
    func everyIdIsUniqueAndEveryLinkInsideTheBookFindsIt(_ language: String) throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let html = try #require(book.read("site/\(language)/print/index.html"))
        let ids = Self.ids(in: html)
        #expect(ids.count > 20)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
        let links = Self.fragmentLinks(in: html)
        #expect(links.count > 10)
        #expect(links.filter { !ids.contains($0) } == [])
    }

    @Test func linksBetweenChaptersPointIntoTheBookAndFootnotesMoveToThePage() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let ru = try #require(book.read("site/ru/print/index.html"))
        // A case, and a heading of a page that is a part of the book.
        #expect(ru.contains("См. <a class=\"xref\" href=\"#case-kindergarten\">детский сад</a> и <a class=\"xref\" href=\"#page-method_баллы\">методику</a>."))
        #expect(ru.contains("<h4 id=\"case-pump_проблема\">Проблема</h4>"))
        #expect(ru.contains("арыка<span class=\"footnote\" id=\"case-pump_fn-1\">По данным опроса 2020 года.</span>."))
        #expect(!ru.contains("class=\"footnotes\""))
        // The ranking links to the evaluations, which are a part of this book.
        #expect(ru.contains("<a class=\"xref\" href=\"#evaluation-alpha\">Альфа</a>"))
        // The style of the book: the page size, and "see p. N" in the book's language.
        #expect(ru.contains("@page { size: A4; }\na.xref::after { content: \" (см. с.\u{A0}\" target-counter(attr(href), page) \")\"; }"))
    }

    @Test func untranslatedCasesAreLeftOutAndListed() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let en = try #require(book.read("site/en/print/index.html"))
        #expect(!en.contains("id=\"case-kindergarten\""))
        #expect(en.contains("<p>Not yet translated into English, and so not in this edition:</p>"))
        #expect(en.contains("<li><a class=\"web\" href=\"../../ru/print/index.html#case-kindergarten\" lang=\"ru\" hreflang=\"ru\" data-url=\"https://example.org/book/ru/cases/kindergarten/index.html\">Полудневная группа</a> (in Russian)</li>"))
        // A link to it from an English case goes to the website, with its address for print,
        // and says that it leads to a Russian page.
        #expect(en.contains("<a class=\"web\" href=\"../../ru/cases/kindergarten/index.html\" data-url=\"https://example.org/book/ru/cases/kindergarten/index.html\" hreflang=\"ru\">kindergarten</a> <span class=\"lang-note\">(in Russian)</span>"))
        let ru = try #require(book.read("site/ru/print/index.html"))
        #expect(ru.contains("id=\"case-kindergarten\""))
        #expect(!ru.contains("left-out"))
    }

    @Test func theOrderAndThePageSizeComeFromTheConfiguration() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let config = try #require(book.read("content/casebook.yml"))
        try book.write("content/casebook.yml", config.replacingOccurrences(
            of: "  order: [pages/method, cases, results, evaluations]\n",
            with: "  order: [results, pages/foreword, cases, pages/method]\n  page_size: A5 landscape\n")
            + "evaluations: {publish: summary}\n")
        #expect(book.build().wrote)
        let html = try #require(book.read("site/en/print/index.html"))
        #expect(html.contains("@page { size: A5 landscape; }"))
        let parts = html.components(separatedBy: "<section class=\"part ").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(parts == ["part-results", "part-cases", "part-page"])
        // Without full publishing there are no evaluations to print; the ranking links to the website.
        #expect(!html.contains("part-evaluations"))
        #expect(html.contains("<a class=\"web\" href=\"../municipalities/alpha/index.html\" data-url=\"https://example.org/book/en/municipalities/alpha/index.html\">Alpha</a>"))
    }

    @Test func externalLinksShowTheirAddressInPrintUnlessTheyAreTheirOwnText() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/x.ru.md": Doc.case(body: "## Проблема\n\nСм. [закон](https://cbd.minjust.gov.kg/1) и <https://example.org/a?b=1&c=2>.[^n]\n\n[^n]: Первая.\n\n    Вторая.\n"),
        ])
        #expect(book.build().wrote)
        let html = try #require(book.read("site/ru/print/index.html"))
        #expect(html.contains("<a class=\"ext\" href=\"https://cbd.minjust.gov.kg/1\">закон</a>"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>"))
        // A footnote of two paragraphs still fits on the page's foot.
        #expect(html.contains("<span class=\"footnote\" id=\"case-x_fn-n\">Первая.<br>Вторая.</span>"))
    }

    @Test func aFootnoteWithAListStaysAtTheEndOfItsChapter() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/x.ru.md": Doc.case(body: "## Проблема\n\nТекст.[^n]\n\n[^n]: Список:\n\n    - один\n    - два\n"),
        ])
        #expect(book.build().wrote)
        let html = try #require(book.read("site/ru/print/index.html"))
        #expect(html.contains("<section class=\"footnotes\" data-footnotes>"))
        #expect(html.contains("<li id=\"case-x_fn-n\">"))
        #expect(html.contains("href=\"#case-x_fn-n\""))
    }

    @Test func aThemeWithoutAPrintTemplateBuildsTheSiteWithoutABook() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        try FileManager.default.removeItem(at: book.root.appendingPathComponent("themes/default/templates/print.mustache"))
        let report = book.build(makePDFs: true)
        #expect(report.wrote)
        #expect(report.pdfs.filter { !$0.contains("/forms/") } == ["ru/slides/review.pdf", "en/slides/review.pdf"])
        #expect(!report.pdfFailed)
        #expect(book.read("site/ru/print/index.html") == nil)
        #expect(book.read("site/ru/index.html")?.contains("print-links") == false)
    }

    @Test func theCreationDateIsMidnightUTCOfTheDate() {
        #expect(PDFMaker.epoch(of: "2022-06-30") == 1_656_547_200)
        #expect(PDFMaker.epoch(of: "1970-01-01") == 0)
        #expect(PDFMaker.epoch(of: "2000-03-01") == 951_868_800)
        #expect(PDFMaker.epoch(of: "2022-13-01") == nil)
    }

    @Test func homeAndCaseListLinkToTheBook() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let home = try #require(book.read("site/en/index.html"))
        #expect(home.contains("<p class=\"print-links\"><a href=\"print/index.html\">Printable version</a></p>"))
        let cases = try #require(book.read("site/ru/cases/index.html"))
        #expect(cases.contains("<p class=\"print-links\"><a href=\"../print/index.html\">Версия для печати</a></p>"))
    }
}
