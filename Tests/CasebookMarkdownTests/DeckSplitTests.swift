import Testing
@testable import CasebookMarkdown

/// Decks cut into slides at their top-level thematic breaks.
@Suite struct DeckSplitTests {
    @Test func slidesAreCutAtTopLevelBreaksOnly() {
        let deck = MarkdownConverter.renderDeck("## One\n\nText\n\n---\n\n## Two\n\n> quoted\n>\n> ***\n\n- item\n")
        #expect(deck.slides.map(\.html) == [
            "<h2 id=\"one\">One</h2>\n<p>Text</p>\n",
            "<h2 id=\"two\">Two</h2>\n<blockquote>\n<p>quoted</p>\n<hr />\n</blockquote>\n<ul>\n<li>item</li>\n</ul>\n",
        ])
        #expect(deck.body.html == deck.slides.map(\.html).joined(separator: "<hr />\n"))
    }

    @Test func slidesKeepTheirTopLevelBlocksApart() throws {
        let deck = MarkdownConverter.renderDeck("## One\n\n- a\n- b\n\n```casebook\nstats\n```\n\nText[^1]\n\n[^1]: Note.\n")
        let blocks = try #require(deck.slides.first?.blocks)
        #expect(blocks.count == 4)
        #expect(Array(blocks.prefix(3)) == [
            "<h2 id=\"one\">One</h2>\n", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n", "<!--casebook-directive:0-->\n",
        ])
        // Footnotes stay with the last block: cmark writes them as one list at the end.
        #expect(blocks.last?.hasPrefix("<p>Text<sup class=\"footnote-ref\">") == true)
        #expect(blocks.last?.contains("<section class=\"footnotes\"") == true)
    }

    @Test func slidesKnowTheirFileLines() {
        // Three lines of front matter before the body.
        let deck = MarkdownConverter.renderDeck("## One\n\n---\n\n\n## Two\nText\n\n***\n## Three\n", lineOffset: 3)
        #expect(deck.slides.map(\.line) == [4, 9, 13])
        #expect(deck.slides.map(\.startLine) == [4, 7, 13])
        #expect(deck.slides.map(\.endLine) == [6, 12, nil])
        #expect(deck.slides[1].contains(line: 10) && !deck.slides[1].contains(line: 12) && deck.slides[2].contains(line: 40))
    }

    @Test func emptySlidesAreReportedAsEmpty() {
        let deck = MarkdownConverter.renderDeck("---\n\n## A\n\n---\n\n---\n\n## B\n\n---\n")
        #expect(deck.slides.map(\.isEmpty) == [true, false, true, false, true])
        #expect(deck.slides.map(\.line) == [1, 3, 5, 9, 11])
    }

    @Test func headingIDsAreUniqueAcrossTheDeckAndDirectivesKeepTheirIndex() {
        let deck = MarkdownConverter.renderDeck("## Итоги\n\n```casebook\nstats\n```\n\n---\n\n## Итоги\n\n```notes\nSay hi\n```\n")
        #expect(deck.body.headings.map(\.id) == ["итоги", "итоги-1"])
        #expect(deck.body.directives.map(\.name) == ["casebook", "notes"])
        #expect(deck.slides[1].html == "<h2 id=\"итоги-1\">Итоги</h2>\n<!--casebook-directive:1-->\n")
    }

    @Test func aDashUnderlineRightUnderTextIsReportedBecauseItMakesAHeading() {
        let deck = MarkdownConverter.renderDeck("## A\n\nSome text\n---\n\nMore\n\n---\n\nLast\n", lineOffset: 2)
        #expect(deck.headingUnderlines == [MarkdownPosition(line: 6, column: 1)])
        #expect(deck.slides.count == 2)
    }

    @Test func crlfDecksSplitLikeLF() {
        let deck = MarkdownConverter.renderDeck("a\r\n\r\n---\r\n\r\nb\r\n")
        #expect(deck.slides.map(\.html) == ["<p>a</p>\n", "<p>b</p>\n"])
    }
}
