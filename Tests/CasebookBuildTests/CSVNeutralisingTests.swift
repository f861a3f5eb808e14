@testable import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// results.csv and `export results` are opened in Excel: text that Excel would run as a
/// formula starts with `'` there, numbers stay numbers.
@Suite struct CSVNeutralisingTests {
    func csv(municipality label: String) throws -> String {
        let config = TemporaryCasebook.config.replacingOccurrences(
            of: "alpha: {district: nooken, cohort: psi, ru: \"Альфа\", en: \"Alpha\"}",
            with: "alpha: {district: nooken, cohort: psi, ru: \"Альфа\", en: \(ResultsExporter.jsonLiteral(label))}")
        let book = try TemporaryCasebook(config: config,
                                         files: ["content/evaluations/alpha.ru.md": Doc.evaluation("alpha", participation: 3, budgeting: 2)])
        let site = try #require(book.load().0)
        return ResultsExporter(site: site, language: "en").csv()
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://evil.example\",\"Alpha\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Alpha\"\")\""),
        ("+7 (312) 66-00-00", "'+7 (312) 66-00-00"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tAlpha", "'\tAlpha"),
        ("Alpha = 1", "Alpha = 1"),
    ])
    func formulaTextIsNeutralised(label: String, written: String) throws {
        #expect(try csv(municipality: label).contains("\r\n1,alpha,\(written),Jalal-Abad region,Nooken district,Pilots,3,2,5,25.0,"))
    }

    @Test func cellsStartingWithCarriageReturnOrMinusAreText() {
        #expect(ResultsExporter.neutralised("\rtext") == "'\rtext")
        #expect(ResultsExporter.neutralised("-") == "'-")
        #expect(ResultsExporter.neutralised("") == "")
        #expect(ResultsExporter.neutralised("Ак-Жылдыз") == "Ак-Жылдыз")
    }
}
