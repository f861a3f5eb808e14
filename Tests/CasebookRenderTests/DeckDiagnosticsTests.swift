import CasebookTestSupport
import Testing

/// What the build says about a deck: slides that hold too much, empty slides, and `---`
/// lines that make a heading instead of a new slide — each at its file and line.
@Suite struct DeckDiagnosticsTests {
    func check(_ body: String) throws -> [String] {
        try TemporaryCasebook(files: ["content/slides/talk.ru.md": "---\ntitle: \"Доклад\"\n---\n" + body]).check()
    }

    @Test func aSlideThatClearlyOverflowsIsNamedByItsLine() throws {
        let items = (1...16).map { "- Пункт номер \($0): достаточно длинный текст пункта" }.joined(separator: "\n")
        #expect(try check("## Вступление\n\n- Коротко\n\n---\n\n## Слишком много\n\n\(items)\n") == [
            "content/slides/talk.ru.md:10:1: warning: slide 3 holds more than fits on its 16:9 stage (about 143% of it); "
                + "it will be shrunk on screen and cut in the PDF\n  note: split it with a '---' line or shorten it",
        ])
    }

    @Test func aLongCodeBlockCountsByItsLines() throws {
        let code = (1...30).map { "let x\($0) = \($0)" }.joined(separator: "\n")
        #expect(try check("## Код\n\n```\n\(code)\n```\n") == [
            "content/slides/talk.ru.md:4:1: warning: slide 2 holds more than fits on its 16:9 stage (about 173% of it); "
                + "it will be shrunk on screen and cut in the PDF\n  note: split it with a '---' line or shorten it",
        ])
    }

    @Test func slidesThatFitSayNothing() throws {
        let items = (1...8).map { "- Пункт номер \($0)" }.joined(separator: "\n")
        #expect(try check("## Один\n\n\(items)\n\n---\n\n## Два\n\n```casebook\nchart: bands\n```\n\n- Итог\n").isEmpty)
    }

    @Test func anEmptySlideBetweenTwoOthersIsReportedButNotAtTheEnds() throws {
        #expect(try check("---\n\n## Один\n\n---\n\n---\n\n## Два\n\n---\n") == [
            "content/slides/talk.ru.md:8:1: warning: empty slide: two '---' with nothing between them\n  note: remove one of them",
        ])
    }

    @Test func aDashLineRightUnderTextIsReportedBecauseItMakesAHeading() throws {
        #expect(try check("## Один\n\nТекст\n---\n\n## Два\n") == [
            "content/slides/talk.ru.md:7:1: warning: this '---' right under a line of text makes that text a heading, not a new slide"
                + "\n  note: leave a blank line above '---' to start a new slide",
        ])
    }

    @Test func linksAndGeneratedBlocksOnSlidesAreCheckedLikeOnPages() throws {
        #expect(try check("## Один\n\n[кейс](../cases/none.md)\n\n---\n\n```casebook\nchart: band\n```\n") == [
            "content/slides/talk.ru.md:6:1: error: link to a missing case: content/cases/none.md does not exist",
            "content/slides/talk.ru.md:11:8: error: unknown chart 'band' (did you mean 'bands'?)\n  note: charts: criteria, bands, regions, sectors",
        ])
    }
}
