import CasebookBuild
import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// `export form` and `import evaluations`: the sheet the expert fills, and its way back.
@Suite struct EvaluationSheetTests {
    static let ruBody = "\n## Сильные стороны\n\nТекст эксперта. scores: не трогать.\n"
    static let alphaRU = """
    ---
    municipality: alpha   # Альфа
    sedp_period: "2021–2025"
    scores:   # the expert's scores
      participation: 12   # strong hearings
      budgeting: 3.5
    nomination: winner
    # a comment the import does not own
    summary: "-Хорошо; видно, для кого."
    ---
    \(ruBody)
    """
    static let alphaEN = """
    ---
    summary: "=1+1 \\"quoted\\""
    translation_of: "\(BodyFingerprint.of(ruBody))"
    ---

    ## Strengths

    The expert's text.

    """

    func book() throws -> TemporaryCasebook {
        try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md": Self.alphaRU,
                                      "content/evaluations/alpha.en.md": Self.alphaEN])
    }

    func site(_ book: TemporaryCasebook) throws -> Site {
        let (site, diagnostics) = book.load(drafts: true)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        return try #require(site)
    }

    func csv(_ lines: [String], delimiter: String = ";") -> Data {
        Data(([0xEF, 0xBB, 0xBF] as [UInt8])) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    func plan(_ book: TemporaryCasebook, _ data: Data) throws -> ([EvaluationFileChange], [String]) {
        let (changes, diagnostics) = EvaluationImporter(site: try site(book), root: book.root).plan(sheet: data, file: "form.csv")
        return (changes, diagnostics.sorted.map(\.description))
    }

    static let header = "id;Муниципалитет;Район;Когорта;Участие (макс. 15);Бюджет (макс. 5);Номинация;Период ПСЭР;Краткий вывод (ru);Краткий вывод (en)"

    @Test func theSheetHasEveryMunicipalityAndTheScoresAlreadyGiven() throws {
        let book = try book()
        let data = try EvaluationSheet(site: site(book), language: "ru").csv(delimiter: .semicolon)
        #expect(data == csv([
            Self.header,
            "alpha;Альфа;Ноокенский район;Пилотные;12;3,5;Победитель;2021–2025;\"'-Хорошо; видно, для кого.\";\"'=1+1 \"\"quoted\"\"\"",
            "beta;Бета;Ноокенский район;Пилотные;;;;;;",
            "gamma;Гамма;Тонский район;Пилотные;;;;;;",
            "delta;Дельта;Тонский район;Пилотные;;;;;;",
        ]))
        let english = try EvaluationSheet(site: site(book), language: "en").csv(delimiter: .comma)
        let lines = String(decoding: english.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == "id,Municipality,District,Cohort,Participation (max 15),Budgeting (max 5),Nomination,SEDP period,Summary (ru),Summary (en)")
        #expect(lines[1] == "alpha,Alpha,Nooken district,Pilots,12,3.5,Winner,2021–2025,\"'-Хорошо; видно, для кого.\",\"'=1+1 \"\"quoted\"\"\"")
    }

    @Test(arguments: [SheetDelimiter.semicolon, .comma])
    func anUneditedSheetChangesNothing(delimiter: SheetDelimiter) throws {
        let book = try book()
        let data = try EvaluationSheet(site: site(book), language: "en").csv(delimiter: delimiter)
        let (changes, messages) = try plan(book, data)
        #expect(changes.isEmpty)
        #expect(messages.isEmpty)
    }

    /// As LibreOffice saves a sheet in a Russian locale: `;`, decimal commas, a BOM, CRLF.
    @Test func aSheetSavedByLibreOfficeUpdatesInPlaceAndCreatesTheMissing() throws {
        let book = try book()
        let (changes, messages) = try plan(book, csv([
            Self.header,
            "alpha;Альфа;Ноокенский район;Пилотные;13,5;3,5;;2021–2025;\"'-Хорошо; видно, для кого.\";\"'=1+1 \"\"quoted\"\"\"",
            "beta;Бета;Ноокенский район;Пилотные;10;4,5;победитель;2022–2026;Ясно;",
            "gamma;Гамма;Тонский район;Пилотные;;;;;;",
            ";;;;;;;;;",
        ]))
        #expect(messages.isEmpty)
        #expect(changes.map(\.path) == ["content/evaluations/alpha.ru.md", "content/evaluations/beta.en.md", "content/evaluations/beta.ru.md"])
        #expect(changes[0].fields == [
            .init(name: "scores.participation", old: "12", new: "13.5"),
            .init(name: "nomination", old: "winner", new: nil),
        ])
        #expect(changes[0].text == Self.alphaRU.replacingOccurrences(of: "participation: 12 ", with: "participation: 13.5 ")
            .replacingOccurrences(of: "nomination: winner\n", with: ""))
        #expect(changes.map(\.isNew) == [false, true, true])
        #expect(changes[1].fields.isEmpty)
        #expect(changes[2].fields.map(\.name) == ["scores.participation", "scores.budgeting", "nomination", "sedp_period", "summary"])

        try EvaluationImporter(site: site(book), root: book.root).apply(changes)
        #expect(book.read("content/evaluations/alpha.en.md") == Self.alphaEN)
        let beta = try #require(book.read("content/evaluations/beta.ru.md"))
        #expect(beta.contains("\n  participation: 10   # Участие, max 15\n  budgeting: 4.5   # Бюджет, max 5\n"))
        #expect(beta.contains("\nnomination: winner   # one of: winner\n"))
        #expect(beta.contains("\nsummary: \"Ясно\"   # the expert's one-line verdict\n"))
        #expect(!beta.contains("draft"))
        // Not drafts: the new scores count in the ranking of a normal build.
        let (site, diagnostics) = book.load()
        #expect(!diagnostics.hasErrors)
        #expect(site?.results.map { "\($0.municipality) \($0.total)" } == ["alpha 17.0", "beta 14.5"])
        // The new English file is stamped with the new Russian one as it was written.
        #expect(TranslationReport(site: try #require(site)).languages.map(\.outdated) == [[]])
        let (again, _) = try plan(book, csv([
            Self.header,
            "alpha;Альфа;Ноокенский район;Пилотные;13,5;3,5;;2021–2025;\"'-Хорошо; видно, для кого.\";\"'=1+1 \"\"quoted\"\"\"",
            "beta;Бета;Ноокенский район;Пилотные;10;4,5;победитель;2022–2026;Ясно;",
        ]))
        #expect(again.isEmpty)
    }

    @Test func everyBadCellIsNamedByRowAndColumnAndNothingIsPlanned() throws {
        let book = try book()
        let (changes, messages) = try plan(book, csv([
            Self.header + ";Заметки",
            "alpha;Альфа;;;16;3,5;Победа;;;;x",
            "bta;Бета;;;1;1;;;;",
            "Гамма;;;;1;1;;;;",
            "delta;;;;7,5,1;-1;;;;",
            ";;;;1;;;;;",
            "beta;;;;;2;;;;",
            "beta;;;;1;2;;;;",
            "gamma;Дельта;;;1;2;;;;",
            "gamma;;;;1;2;;;;",
        ]))
        #expect(changes.isEmpty)
        #expect(messages == [
            "form.csv:1:11: warning: column K \"Заметки\": not a column of the evaluation sheet; ignored",
            "form.csv:2:5: error: column E \"Участие (макс. 15)\": score 16 is out of range 0–15",
            "form.csv:2:7: error: column G \"Номинация\": unknown nomination 'Победа'",
            "form.csv:3:1: error: column A \"id\": unknown municipality 'bta' (did you mean 'beta'?)",
            "form.csv:4:1: error: column A \"id\": unknown municipality 'Гамма' (did you mean 'gamma'?)",
            "form.csv:5:5: error: column E \"Участие (макс. 15)\": '7,5,1' is not a number (write a score such as 7 or 7,5)",
            "form.csv:5:6: error: column F \"Бюджет (макс. 5)\": score -1 is out of range 0–5",
            "form.csv:6:1: error: column A \"id\": no municipality id; copy it from the exported sheet",
            "form.csv:7:5: error: column E \"Участие (макс. 15)\": missing score for criterion 'participation' (0–15)",
            "form.csv:8:1: error: column A \"id\": municipality 'beta' is already on row 7",
            "form.csv:9:2: error: column B \"Муниципалитет\": 'Дельта' is the name of 'delta', not of 'gamma': were the rows sorted without the id column?",
            "form.csv:10:1: error: column A \"id\": municipality 'gamma' is already on row 9",
        ])
    }

    @Test func aControlCharacterInATextIsAnError() throws {
        let book = try book()
        let (changes, messages) = try plan(book, csv([Self.header, "alpha;;;;12;3,5;;;Bell\u{7};"]))
        #expect(changes.isEmpty)
        #expect(messages == ["form.csv:2:9: error: column I \"Краткий вывод (ru)\": contains the control character U+0007; delete it"])
    }

    @Test func aSheetWithoutACriterionsColumnIsRefusedWhole() throws {
        let book = try book()
        let (changes, messages) = try plan(book, Data("id,Participation (max 15),Participation\nalpha,1,2\n".utf8))
        #expect(changes.isEmpty)
        #expect(messages == [
            "form.csv:1:1: error: no column for criterion 'budgeting' (\"Бюджет (макс. 5)\")",
            "form.csv:1:3: error: column C \"Participation\": the same column as column B",
        ])
        let (_, notText) = try plan(book, Data([0xFF, 0xFE, 0x41, 0x00]))
        #expect(notText == ["form.csv: error: the file is UTF-16; save it as CSV in UTF-8 (LibreOffice: character set 'Unicode (UTF-8)'; Excel: 'CSV UTF-8')"])
    }

    @Test func aSummaryForALanguageWithoutAFileIsAnError() throws {
        let book = try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md": Self.alphaRU])
        let (changes, messages) = try plan(book, csv([
            Self.header,
            "alpha;Альфа;;;12;3,5;Победитель;2021–2025;\"'-Хорошо; видно, для кого.\";Good",
        ]))
        #expect(changes.isEmpty)
        #expect(messages == [
            "form.csv:2:10: error: column J \"Краткий вывод (en)\": evaluation 'alpha' has no 'en' file to hold this summary; write its translation first or leave the cell empty",
        ])
    }

    /// A translation current before stays current when one row changes both summaries, and
    /// turns outdated when only the original's changes.
    @Test(arguments: [("Good, and clear.", true), ("=1+1 \"quoted\"", false)])
    func bothSummariesFromOneRowKeepTheTranslationCurrent(english: String, current: Bool) throws {
        let book = try book()
        // Stamped as `casebook translated` stamps now: the summary is part of the fingerprint.
        let original = try #require(site(book).evaluation("alpha")?.translations["ru"]?.info)
        try book.write("content/evaluations/alpha.en.md", Self.alphaEN.replacingOccurrences(
            of: BodyFingerprint.of(Self.ruBody), with: TranslationFingerprint.of(original)))
        #expect(TranslationReport(site: try site(book)).languages.map(\.outdated.count) == [0])
        let (changes, messages) = try plan(book, csv([
            Self.header,
            "alpha;;;;12;3,5;Победитель;2021–2025;Новый вывод.;\"\(english.replacingOccurrences(of: "\"", with: "\"\""))\"",
        ]))
        #expect(messages.isEmpty)
        #expect(changes.map { $0.fields.map(\.name) } == (current ? [["summary", "translation_of"], ["summary"]] : [["summary"]]))
        try EvaluationImporter(site: site(book), root: book.root).apply(changes)
        let after = TranslationReport(site: try site(book)).languages.map(\.outdated.count)
        #expect(after == [current ? 0 : 1], "\(changes.map(\.text))")
    }

    @Test func aDraftIsUpdatedWithAWarningThatItIsNotRankedYet() throws {
        let book = try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md": Self.alphaRU.replacingOccurrences(of: "nomination: winner\n", with: "nomination: winner\ndraft: true\n")])
        let (changes, messages) = try plan(book, csv([Self.header, "alpha;;;;11;3,5;Победитель;2021–2025;\"'-Хорошо; видно, для кого.\";"]))
        #expect(changes.map(\.fields) == [[.init(name: "scores.participation", old: "12", new: "11")]])
        #expect(messages == ["content/evaluations/alpha.ru.md:8:1: warning: evaluation 'alpha' is a draft: its scores are left out of the ranking until 'draft: true' is removed"])
    }

    @Test func aValueTheEditorCannotReachIsAnErrorAtTheField() throws {
        let book = try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md": """
        ---
        municipality: alpha
        scores: {participation: 12, budgeting: 3}
        ---
        Текст.
        """])
        let (changes, messages) = try plan(book, csv([Self.header, "alpha;;;;11;3;;;;"]))
        #expect(changes.isEmpty)
        #expect(messages == ["content/evaluations/alpha.ru.md:3:1: error: 'scores' is not written as one field per line; write it so or change 'scores.participation' by hand"])
    }

    @Test func theCommandShowsThenWritesAndWritesNothingOnError() throws {
        let book = try book()
        try book.write("bad.csv", csv([Self.header, "alpha;;;;16;3,5;;;;"]))
        let bad = try CommandLineTests().run(["import", "evaluations", "bad.csv", "--write"], in: book.root)
        #expect(bad.status == 1)
        #expect(bad.err == """
        bad.csv:2:5: error: column E "Участие (макс. 15)": score 16 is out of range 0–15
        import failed: 1 error, 0 warnings; nothing was written

        """)
        #expect(book.read("content/evaluations/alpha.ru.md") == Self.alphaRU)

        let json = try CommandLineTests().run(["export", "form", "--format", "json"], in: book.root)
        #expect(json.status == 2)
        #expect(json.err.contains("Error: the form is exported as CSV only"))
        let export = try CommandLineTests().run(["export", "form", "--output", "form.csv"], in: book.root)
        #expect(export.status == 0)
        let form = try #require(book.read("form.csv"))
        try book.write("form.csv", form.replacingOccurrences(of: "alpha;Альфа;Ноокенский район;Пилотные;12", with: "alpha;Альфа;Ноокенский район;Пилотные;11"))
        let preview = try CommandLineTests().run(["import", "evaluations", "form.csv"], in: book.root)
        #expect(preview.out == """
        content/evaluations/alpha.ru.md
          scores.participation: 12 → 11
        1 file would change and 0 would be created; run again with --write to do it.

        """)
        #expect(book.read("content/evaluations/alpha.ru.md") == Self.alphaRU)
        let written = try CommandLineTests().run(["import", "evaluations", "form.csv", "--write"], in: book.root)
        #expect(written.status == 0)
        #expect(book.read("content/evaluations/alpha.ru.md") == Self.alphaRU.replacingOccurrences(of: "participation: 12 ", with: "participation: 11 "))
    }
}
