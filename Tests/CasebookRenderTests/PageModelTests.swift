@testable import CasebookRender
import CasebookModel
import CasebookTestSupport
import Testing

/// A case and an evaluation are made once as typed models; the website's page and the book's
/// chapter get their template values from the same model, each with its own links.
@Suite struct PageModelTests {
    static func loaded() throws -> (Site, Theme) {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let site = try #require(book.load().0)
        let theme = try #require(ThemeLoader(root: book.root, config: site.config).load().0)
        return (site, theme)
    }

    @Test func aCaseLinksOnTheWebsiteAndNotInTheBook() throws {
        let (site, theme) = try Self.loaded()
        let model = CasePageModel(try #require(site.case("pump")), language: "ru", site: site,
                                  strings: try #require(theme.strings["ru"]))
        let page = model.templateValues(.page("ru/cases/pump/index.html"))
        let book = model.templateValues(.book("ru/print/index.html", evaluationAnchor: "evaluation-alpha"))
        #expect(page["title"] as? String == "Колонки и справедливый тариф")
        #expect((page["image"] as? [String: String])?["url"] == "../../../media/pump.svg")
        #expect((book["image"] as? [String: String])?["url"] == "../../media/pump.svg")
        let facts = { (values: [String: Any]) in (values["facts"] as? [[String: Any]])?.first?["values"] as? [[String: Any]] }
        #expect(facts(page)?.first?["url"] as? String == "../../municipalities/alpha/index.html")
        #expect(facts(book)?.first?["url"] == nil)
        #expect(page["place"] == nil && book["place"] as? String != nil)
        let evaluation = { (values: [String: Any]) in values["evaluation"] as? [String: Any] }
        #expect(evaluation(page)?["url"] as? String == "../../municipalities/alpha/index.html")
        #expect(evaluation(book)?["target"] as? String == "evaluation-alpha")
        #expect(evaluation(book)?["linked"] as? Bool == true)
        #expect(evaluation(page)?["score"] as? String == evaluation(book)?["score"] as? String)
        #expect(page["funding_total"] as? String == book["funding_total"] as? String)
    }

    @Test func anEvaluationShowsOnlyWhatIsThereInTheBook() throws {
        let (site, theme) = try Self.loaded()
        let result = try #require(site.results.first)
        let evaluation = try #require(site.evaluation(result.evaluationID))
        let model = EvaluationSummary(evaluation, result: result, language: "ru", site: site, statistics: SiteStatistics(site: site),
                                      strings: try #require(theme.strings["ru"]))
        let page = model.templateValues(.website)
        let book = model.templateValues(.book)
        #expect(page["rank"] as? String == "1" && book["rank"] as? String == "1")
        #expect(page["percent_width"] != nil && book["percent_width"] == nil)
        #expect(page["period"] as? String == (evaluation.sedpPeriod ?? ""))
        #expect(book["period"] as? String == evaluation.sedpPeriod)
    }
}
