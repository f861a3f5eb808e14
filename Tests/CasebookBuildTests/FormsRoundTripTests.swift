import CasebookBuild
import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// The expert's round trip with 47 SEDPs and the sheets LibreOffice Calc really wrote
/// (`Tests/Fixtures/forms-round-trip/`: the casebook of `scripts/forms-casebook.py`, its
/// exported sheet, and the sheet filled by `scripts/fill-sheet-libreoffice.py` in a Russian
/// locale: no byte-order mark, LF line ends, `;`, decimal commas, quotes only around texts
/// with a `;`). `.ci/check-forms` makes them again, and builds and checks the forms' PDFs.
@Suite struct FormsRoundTripTests {
    func fixture(_ book: TemporaryCasebook, _ name: String) throws -> Data {
        try Data(contentsOf: book.root.appendingPathComponent(name))
    }

    func site(_ book: TemporaryCasebook, drafts: Bool = true) throws -> Site {
        let (site, diagnostics) = book.load(drafts: drafts)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        return try #require(site)
    }

    @Test func theSheetLibreOfficeSavedIsReadBackAsTheExpertFilledIt() throws {
        let book = try TemporaryCasebook(fixture: "forms-round-trip")
        let before = try site(book)
        #expect(before.config.municipalities.ids.count == 47)
        // The sheet LibreOffice opened is the one casebook exports today.
        #expect(try EvaluationSheet(site: before, language: "ru").csv(delimiter: .semicolon) == fixture(book, "exported.csv"))

        let importer = EvaluationImporter(site: before, root: book.root)
        let mistaken = importer.plan(sheet: try fixture(book, "sheet-mistakes.csv"), file: "sheet.csv")
        #expect(mistaken.changes.isEmpty)
        #expect(mistaken.diagnostics.sorted.map(\.description) == [
            "sheet.csv:4:1: error: column A \"id\": unknown municipality 'kok-aryj' (did you mean 'kok-aryk'?)",
            "sheet.csv:6:5: error: column E \"Участие уязвимых групп (макс. 15)\": score 16 is out of range 0–15",
            "sheet.csv:8:6: error: column F \"Дезагрегированные данные и социальное картирование (макс. 10)\": missing score for criterion 'data' (0–10)",
            "sheet.csv:10:7: error: column G \"Гендерный анализ и анализ уязвимости (макс. 10)\": 'семь' is not a number (write a score such as 7 or 7,5)",
        ])

        let sheet = try fixture(book, "sheet.csv")
        #expect(!sheet.starts(with: [0xEF, 0xBB, 0xBF]) && !sheet.contains(0x0D), "LibreOffice writes no BOM and LF line ends")
        let planned = importer.plan(sheet: sheet, file: "sheet.csv")
        #expect(planned.diagnostics.all.isEmpty, "\(planned.diagnostics.sorted)")
        #expect(planned.changes.count == 94 && planned.changes.allSatisfy(\.isNew))
        try importer.apply(planned.changes)

        // Ranked as the sheet says: every score (decimal commas), the totals and the nominations.
        let after = try site(book, drafts: false)
        let rows = String(decoding: sheet, as: UTF8.self).split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false) }
        let criteria = after.config.rubric.criteria
        #expect(after.results.count == 47)
        for row in rows.dropFirst() {
            let id = String(row[0])
            let evaluation = try #require(after.evaluation(forMunicipality: id))
            let scores = row[4..<(4 + criteria.count)].map { Double($0.replacingOccurrences(of: ",", with: ".")) }
            #expect(criteria.map { evaluation.scores[$0.id] } == scores, "\(id)")
            let result = try #require(after.results.first { $0.municipality == id })
            #expect(result.total == scores.compactMap { $0 }.reduce(0, +), "\(id)")
            let nomination = String(row[4 + criteria.count])
            #expect(evaluation.nomination.flatMap { after.config.nominations[$0]?.label("ru") } ?? "" == nomination, "\(id)")
        }
        #expect(after.results.map(\.total) == after.results.map(\.total).sorted(by: >))
        // Read again, the sheet changes nothing.
        let again = EvaluationImporter(site: try site(book), root: book.root).plan(sheet: sheet, file: "sheet.csv")
        #expect(again.changes.isEmpty && again.diagnostics.all.isEmpty)
    }
}
