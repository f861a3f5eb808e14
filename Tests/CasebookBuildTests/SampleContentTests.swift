import CasebookModel
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// The sample casebook in content/: it loads cleanly and its aggregates match figures
/// computed by hand from the evaluation files.
@Suite struct SampleContentTests {
    static let loaded = SiteLoader(root: TemporaryCasebook.repository).load()

    @Test func loadsWithoutErrors() throws {
        #expect(!Self.loaded.1.hasErrors, "\(Self.loaded.1.sorted.map(\.description))")
        let site = try #require(Self.loaded.0)
        #expect(site.cases.count >= 10)
        #expect(site.evaluations.count >= 12)
        #expect(site.config.municipalities.entries.count >= 12)
        #expect(Set(site.config.municipalities.entries.compactMap { $0.links["cohort"] }) == ["psi", "lsg-union"])
        #expect(site.config.rubric.maxTotal == 100)
        #expect(site.cases.filter { $0.translations["en"] == nil }.map(\.id) == ["chong-tokoi-school-bus"])
    }

    /// Totals 86 81 78 76 70 64 58 58 51 44 36 29 23 14 (sum 768).
    @Test func ranksTotalsAndBandsMatchHandComputedFigures() throws {
        let site = try #require(Self.loaded.0)
        let totals: [Double] = [86, 81, 78, 76, 70, 64, 58, 58, 51, 44, 36, 29, 23, 14]
        let ranks: [Int] = [1, 2, 3, 4, 5, 6, 7, 7, 9, 10, 11, 12, 13, 14]
        #expect(site.results.map(\.total) == totals)
        #expect(site.results.map(\.rank) == ranks)
        #expect(Set(site.results.filter { $0.total == 58 }.map(\.municipality)) == ["kuurai-too", "altyn-kyrman"])
        let stats = SiteStatistics(site: site)
        #expect(stats.bandCounts.map(\.count) == [1, 3, 6, 4])
        #expect(stats.averageTotal == 768.0 / 14)
        // Jalal-Abad 86+78+70+64+58+51+44+23 = 474 over 8; Issyk-Kul 81+76+58+36+29+14 = 294 over 6.
        #expect(stats.averagePerRegion.map(\.id) == ["jalal-abad", "issyk-kul"])
        let regionAverages: [Double] = [474.0 / 8, 294.0 / 6]
        #expect(stats.averagePerRegion.map(\.average) == regionAverages)
        #expect(stats.evaluatedPerRegion.map(\.count) == [8, 6])
        // Project pilots 455 over 7; Union of LSG pilots 313 over 7.
        let cohortAverages: [Double] = [455.0 / 7, 313.0 / 7]
        #expect(stats.averagePerCohort.map(\.average) == cohortAverages)
    }

    @Test func criterionAveragesAreSumsOverCount() throws {
        let site = try #require(Self.loaded.0)
        let stats = SiteStatistics(site: site)
        for (id, percent, average) in stats.criterionAveragePercent {
            let scores = site.evaluations.map { $0.scores[id] ?? -1 }
            #expect(!scores.contains(-1))
            #expect(average == scores.reduce(0, +) / Double(scores.count))
            #expect(percent == average / (site.config.rubric.criterion(id)?.max ?? 0) * 100)
        }
    }

    @Test func exportedCSVHasOneQuotedRowPerSEDP() throws {
        let site = try #require(Self.loaded.0)
        let csv = ResultsExporter(site: site, language: "en").csv()
        #expect(csv.hasPrefix("\u{FEFF}Rank,id,Municipality,Region,District,Cohort,Inclusive participation (15),"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.count == 16)
        #expect(lines.last == "")
        #expect(lines[1] == "1,ak-zhyldyz,Ak-Zhyldyz,Jalal-Abad region,Nooken district,Project pilot municipalities,13,8,9,9,14,13,8,5,4,3,86,86.0,Gender-responsive,Winner")
    }
}

@Suite struct CSVQuotingTests {
    @Test(arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\"")])
    func quoting(field: String, quoted: String) throws {
        let book = try TemporaryCasebook(config: TemporaryCasebook.config.replacingOccurrences(of: "alpha: {district: nooken, cohort: psi, ru: \"Альфа\", en: \"Alpha\"}",
                                                                                                with: "alpha: {district: nooken, cohort: psi, ru: \"Альфа\", en: \(ResultsExporter.jsonLiteral(field))}"),
                                         files: ["content/evaluations/alpha.ru.md": Doc.evaluation("alpha", participation: 3, budgeting: 2)])
        let site = try #require(book.load().0)
        let csv = ResultsExporter(site: site, language: "en").csv()
        #expect(csv.contains("\r\n1,alpha,\(quoted),Jalal-Abad region,"))
    }
}

extension ResultsExporter {
    /// A YAML double-quoted scalar for a test value (JSON strings are valid YAML).
    static func jsonLiteral(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
