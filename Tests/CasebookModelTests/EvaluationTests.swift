import CasebookModel
import CasebookTestSupport
import Testing

@Suite struct EvaluationTests {
    @Test func scoreOutOfRange() throws {
        let book = try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md": Doc.evaluation("alpha", participation: 16, budgeting: 2)])
        #expect(book.loadMessages() == [
            "content/evaluations/alpha.ru.md:4:18: error: score 16 for 'participation' is out of range 0–15",
        ])
    }

    @Test func negativeScore() throws {
        let book = try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md": Doc.evaluation("alpha", participation: 3, budgeting: -1)])
        #expect(book.loadMessages() == [
            "content/evaluations/alpha.ru.md:5:14: error: score -1 for 'budgeting' is out of range 0–5",
        ])
    }

    @Test func missingAndUnknownCriteria() throws {
        let text = "---\nmunicipality: alpha\nscores:\n  participaton: 3\n---\n"
        let book = try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md": text])
        #expect(book.loadMessages() == [
            "content/evaluations/alpha.ru.md:3:1: error: missing score for criterion 'budgeting' (0–5)",
            "content/evaluations/alpha.ru.md:3:1: error: missing score for criterion 'participation' (0–15)",
            "content/evaluations/alpha.ru.md:4:3: error: unknown criterion 'participaton' (did you mean 'participation'?)",
        ])
    }

    @Test func oneEvaluationPerMunicipality() throws {
        let book = try TemporaryCasebook(files: [
            "content/evaluations/one.ru.md": Doc.evaluation("alpha", participation: 3, budgeting: 2),
            "content/evaluations/two.ru.md": Doc.evaluation("alpha", participation: 4, budgeting: 2),
        ])
        #expect(book.loadMessages() == [
            "content/evaluations/two.ru.md:2:1: error: municipality 'alpha' already has an evaluation in content/evaluations/one.ru.md; at most one evaluation each",
        ])
    }

    /// Totals 18, 12, 12, 4 out of 20: ranks 1, 2, 2, 4; bands from the lower bounds 0 and 10.
    @Test func totalsPercentBandsAndSharedRanks() throws {
        let book = try TemporaryCasebook(files: [
            "content/evaluations/alpha.ru.md": Doc.evaluation("alpha", participation: 13, budgeting: 5),
            "content/evaluations/beta.ru.md": Doc.evaluation("beta", participation: 10, budgeting: 2),
            "content/evaluations/gamma.ru.md": Doc.evaluation("gamma", participation: 8, budgeting: 4),
            "content/evaluations/delta.ru.md": Doc.evaluation("delta", participation: 4, budgeting: 0),
        ])
        let results = try #require(book.load().0?.results)
        #expect(results.map(\.municipality) == ["alpha", "beta", "gamma", "delta"])
        #expect(results.map(\.total) == [18, 12, 12, 4])
        #expect(results.map(\.rank) == [1, 2, 2, 4])
        #expect(results.map(\.percent) == [90, 60, 60, 20])
        #expect(results.map(\.band) == ["responsive", "responsive", "responsive", "blind"])
    }

    @Test func statisticsAreExact() throws {
        let book = try TemporaryCasebook(files: [
            "content/evaluations/alpha.ru.md": Doc.evaluation("alpha", participation: 13, budgeting: 5),
            "content/evaluations/beta.ru.md": Doc.evaluation("beta", participation: 10, budgeting: 2),
            "content/evaluations/gamma.ru.md": Doc.evaluation("gamma", participation: 8, budgeting: 4),
        ])
        let site = try #require(book.load().0)
        let stats = SiteStatistics(site: site)
        #expect(stats.evaluatedCount == 3)
        #expect(stats.evaluatedPerRegion.map(\.count) == [2, 1])
        #expect(stats.averageTotal == 14)
        #expect(stats.criterionAveragePercent.map(\.average) == [31.0 / 3, 11.0 / 3])
        #expect(stats.bandCounts.map(\.count) == [0, 3])
        #expect(stats.averagePerRegion.map(\.average) == [15, 12])
    }
}
