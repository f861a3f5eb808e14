import CasebookTestSupport
import Foundation
import Testing

/// `evaluations.publish` decides how much of the evaluations the website shows.
@Suite struct PublishingTests {
    func book(_ publish: String) throws -> TemporaryCasebook {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let config = try #require(book.read("content/casebook.yml"))
        try book.write("content/casebook.yml", config + "evaluations: {publish: \(publish)}\n")
        return book
    }

    @Test func fullShowsScoresByCriterionAndTheExpertsText() throws {
        let book = try book("full")
        #expect(book.build().wrote)
        let page = try #require(book.read("site/en/municipalities/alpha/index.html"))
        #expect(page.contains("Scores by criterion of the evaluation form"))
        #expect(page.contains("Separate meetings with women."))
        #expect(book.read("site/en/results/index.html") != nil)
    }

    @Test func summaryShowsRankingButNoScoresByCriterion() throws {
        let book = try book("summary")
        #expect(book.build().wrote)
        let page = try #require(book.read("site/en/municipalities/alpha/index.html"))
        #expect(page.contains("<dt>Total</dt><dd>18 <small>/ 20</small></dd>"))
        #expect(!page.contains("Scores by criterion"))
        #expect(!page.contains("Separate meetings with women."))
        #expect(book.read("site/en/results/index.html")?.contains("<table class=\"ranking\">") == true)
    }

    @Test func noneShowsNoResultsAnywhere() throws {
        let book = try book("none")
        let report = book.build()
        #expect(report.wrote)
        #expect(report.diagnostics.sorted.map(\.description).contains(
            "content/pages/method.ru.md:9:1: warning: evaluations.publish is 'none', so this block of scores is left out"))
        #expect(book.read("site/en/results/index.html") == nil)
        let page = try #require(book.read("site/en/municipalities/alpha/index.html"))
        #expect(!page.contains("<dt>Total</dt>"))
        let list = try #require(book.read("site/en/municipalities/index.html"))
        #expect(!list.contains("Band"))
        let home = try #require(book.read("site/en/index.html"))
        #expect(!home.contains("results/index.html"))
        #expect(!home.contains("SEDPs evaluated"))
    }
}
