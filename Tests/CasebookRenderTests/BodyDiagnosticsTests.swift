import Foundation
import CasebookTestSupport
import Testing

/// Problems found while rendering bodies: links, media, images, generated blocks.
@Suite struct BodyDiagnosticsTests {
    func check(_ body: String) throws -> [String] {
        try TemporaryCasebook(files: ["content/cases/water.ru.md": Doc.case(body: body)]).check()
    }

    @Test func linkToAMissingContentFile() throws {
        #expect(try check("See [it](other.md).\n") == [
            "content/cases/water.ru.md:9:5: error: link to a missing case: content/cases/other.md does not exist",
        ])
    }

    @Test func linkThatLeavesContent() throws {
        #expect(try check("[x](../../Package.swift)\n") == [
            "content/cases/water.ru.md:9:1: error: link '../../Package.swift' leaves content/",
        ])
    }

    @Test func linkToSomethingThatIsNotContent() throws {
        #expect(try check("[x](../casebook.yml)\n") == [
            "content/cases/water.ru.md:9:1: error: link '../casebook.yml' is neither a content file (cases/, evaluations/, pages/, slides/) nor under content/media/",
        ])
    }

    @Test func imageWithoutAltText() throws {
        let book = try TemporaryCasebook(files: ["content/cases/water.ru.md": Doc.case(body: "![](../media/a.png)\n")])
        // A real image: a file that is not one is an error of its own.
        try book.write("content/media/a.png", Data(contentsOf: TemporaryCasebook.repository
            .appendingPathComponent("Tests/CasebookImagesTests/Fixtures/logo.png")))
        #expect(book.check() == [
            "content/cases/water.ru.md:9:1: error: image '../media/a.png' has no alt text; write ![what the image shows](../media/a.png)",
        ])
    }

    @Test func externalImageIsRefused() throws {
        #expect(try check("![Насос](https://example.org/a.png)\n") == [
            "content/cases/water.ru.md:9:1: error: image 'https://example.org/a.png' is not in content/media/; the site must work offline, so copy the image there",
        ])
    }

    @Test func rawHTMLIsDroppedWithAWarning() throws {
        #expect(try check("Текст <span>x</span>\n") == [
            "content/cases/water.ru.md:9:7: warning: raw HTML is not passed through and was dropped: '<span>'\n  note: write it in Markdown instead",
            "content/cases/water.ru.md:9:14: warning: raw HTML is not passed through and was dropped: '</span>'\n  note: write it in Markdown instead",
        ])
    }

    @Test func linkToAnUntranslatedCaseWarnsAndFallsBack() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/water.ru.md": Doc.case(),
            "content/cases/water.en.md": Doc.translation(body: "See [the other](only-ru.md).\n"),
            "content/cases/only-ru.ru.md": Doc.case("Только по-русски"),
        ])
        #expect(book.check() == [
            "content/casebook.yml:1:1: warning: base_url is not set: the link of the en printable book to the website leads "
                + "nowhere in its PDF\n  note: set base_url to the address the website is published at, e.g. base_url: https://example.org/casebook/",
            "content/cases/water.en.md:6:5: warning: 'only-ru.md' has no en translation; linking to the ru page",
        ])
    }

    @Test func unknownDirectiveAndChart() throws {
        #expect(try check("```casebook\nchrt: bands\n```\n\n```casebook\nchart: pie\n```\n") == [
            "content/cases/water.ru.md:10:1: error: unknown directive 'chrt' (did you mean 'chart'?)\n  note: directives: chart, ranking, stats, cases",
            "content/cases/water.ru.md:14:8: error: unknown chart 'pie'\n  note: charts: criteria, bands, regions, sectors",
        ])
    }

    @Test func directiveYAMLProblemsAreLocatedInTheFile() throws {
        let found = try check("```casebook\nranking: {top: &n 3}\n```\n\n```casebook\nchart: [bands\n```\n\n```casebook\nranking: {top: 0x10}\n```\n")
        #expect(found == [
            "content/cases/water.ru.md:10:16: error: YAML anchors and aliases (&name, *name) are not allowed; write the value out in full",
            "content/cases/water.ru.md:14:1: error: the '[' that opens the value of 'chart' is not closed with ']' on the same line; close it, and put any item that contains ', ' or ': ' in double quotes",
            "content/cases/water.ru.md:18:16: error: 'top' must be a positive whole number",
        ])
    }

    @Test func unknownIDInACaseList() throws {
        #expect(try check("```casebook\ncases: {sector: watr}\n```\n") == [
            "content/cases/water.ru.md:10:17: error: unknown sector 'watr' (did you mean 'water'?)",
        ])
    }
}
