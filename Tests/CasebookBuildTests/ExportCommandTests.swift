import CasebookBuild
import Foundation
import Testing

/// `casebook export results` prints whole lines in every format and language, also when
/// nothing is ranked yet, so a shell prompt starts on its own line and `wc -l` counts rows.
@Suite struct ExportCommandTests {
    /// A casebook just made by `casebook init`: its one evaluation is a draft, so nothing is ranked.
    func newCasebook() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-export-\(UUID().uuidString)")
        _ = try CasebookInitializer(root: root, environment: ["SOURCE_DATE_EPOCH": "1796680800"]).create()
        return root
    }

    @Test(arguments: [
        ("csv", "en", "\u{FEFF}Rank,id,Municipality,Region,District,Cohort,Inclusive participation (15),"
            + "Gender-responsive budget (10),Total,Percent,Band,Nomination\r\n"),
        ("csv", "ru", "\u{FEFF}Место,id,Муниципалитет,Область,Район,Когорта,Участие уязвимых групп (15),"
            + "Гендерно ориентированный бюджет (10),Сумма баллов,Процент,Уровень,Номинация\r\n"),
        ("json", "en", "[]\n"),
        ("json", "ru", "[]\n"),
    ])
    func withNothingRankedTheOutputIsWholeLines(_ format: String, _ language: String, _ expected: String) throws {
        let root = try newCasebook()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandLineTests().run(["export", "results", "--format", format, "--lang", language], in: root)
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out == expected)
    }

    @Test(arguments: ["csv", "json"])
    func rankedResultsEndWithALineEnd(_ format: String) throws {
        let root = try newCasebook()
        defer { try? FileManager.default.removeItem(at: root) }
        // Publishing the example evaluation ranks its municipality.
        for language in ["ru", "en"] {
            let file = root.appendingPathComponent("content/evaluations/example.\(language).md")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "\ndraft: true   # remove this line when the evaluation is final", with: "")
                .write(to: file, atomically: true, encoding: .utf8)
        }
        let result = try CommandLineTests().run(["export", "results", "--format", format, "--lang", "en"], in: root)
        #expect(result.status == 0)
        let lines = result.out.components(separatedBy: format == "csv" ? "\r\n" : "\n")
        #expect(lines.count == (format == "csv" ? 3 : 4))
        #expect(lines.last == "")
        #expect(lines.dropLast().last.map { format == "csv" ? $0.hasPrefix("1,example,Example,Chuy region,") : $0 == "]" } == true)
    }
}
