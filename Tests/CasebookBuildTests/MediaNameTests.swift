import CasebookTestSupport
import Foundation
import Testing

/// Media names with spaces, `#`, `?` or `%`: percent-encoded URLs, or an error that says how
/// to write the name, never literal text or a silently broken link.
@Suite struct MediaNameTests {
    func book(_ body: String) throws -> TemporaryCasebook {
        let book = try TemporaryCasebook(files: ["content/cases/ramp.ru.md": Doc.case("Пандус", body: "## Проблема\n\n\(body)")])
        for name in ["Фото 1.txt", "a#1.txt", "b?.txt", "100%.txt"] { try book.write("content/media/\(name)", "x\n") }
        return book
    }

    @Test func pathWithSpacesOutsideAngleBracketsIsAnError() throws {
        let book = try book("Вход:\n\n![Фото](../media/Фото 1.txt) и [план](../media/Фото 1.txt), а `[x](a b)` — код.\n")
        #expect(book.check() == [
            "content/cases/ramp.ru.md:13:1: error: image '../media/Фото 1.txt' is shown as text: a path with spaces must stand in angle brackets, ![Фото](<../media/Фото 1.txt>)",
            "content/cases/ramp.ru.md:13:32: error: link '../media/Фото 1.txt' is shown as text: a path with spaces must stand in angle brackets, [план](<../media/Фото 1.txt>)",
        ])
    }

    @Test func oddNamesGetPercentEncodedURLs() throws {
        let book = try book("[a](<../media/Фото 1.txt>) [b](../media/a%231.txt) [c](../media/b%3F.txt) [d](../media/100%25.txt)\n")
        #expect(book.check().filter { $0.contains("error") } == [])
        #expect(book.build().wrote)
        let page = try #require(book.read("site/ru/cases/ramp/index.html"))
        #expect(page.contains("<a href=\"../../../media/%D0%A4%D0%BE%D1%82%D0%BE%201.txt\">a</a> <a href=\"../../../media/a%231.txt\">b</a> <a href=\"../../../media/b%3F.txt\">c</a> <a href=\"../../../media/100%25.txt\">d</a>"))
        #expect(book.read("site/media/a#1.txt") == "x\n")
        #expect(book.read("site/media/Фото 1.txt") == "x\n")
    }

    @Test func hashAndQuestionMarkInANameSayHowToWriteThem() throws {
        let book = try book("[a](../media/a#1.txt) [b](../media/b?.txt)\n")
        #expect(book.check() == [
            "content/cases/ramp.ru.md:11:1: error: link '../media/a#1.txt': '#' in a link starts a fragment; write the file name as 'a%231.txt'",
            "content/cases/ramp.ru.md:11:23: error: link '../media/b?.txt': '?' in a link starts a query; write the file name as 'b%3F.txt'",
        ])
    }
}
