import CasebookBuild
import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// `new`, `translated` and the translation report of `check`.
@Suite struct AuthoringTests {
    func config(_ book: TemporaryCasebook) throws -> Config {
        try #require(book.load().0?.config)
    }

    @Test func newCaseCreatesADraftInEveryLanguageThatChecksCleanly() throws {
        let book = try TemporaryCasebook()
        let files = try Scaffolder(root: book.root, config: config(book)).create(.cases, id: "masy-water")
        #expect(files == ["content/cases/masy-water.ru.md", "content/cases/masy-water.en.md"])
        let original = try #require(book.read(files[0]))
        #expect(original.contains("municipality: alpha   # shared; one of: alpha, beta, gamma, delta"))
        #expect(original.contains("draft: true"))
        #expect(original.hasSuffix("\n## Проблема\n\n\n## Мера\n\n\n## Результаты\n\n\n## Как повторить\n\n"))
        let (site, diagnostics) = book.load(drafts: true)
        #expect(diagnostics.sorted.map(\.description) == [
            "content/cases/masy-water.en.md:4:1: warning: 'summary' is empty in en",
            "content/cases/masy-water.ru.md:4:1: warning: 'summary' is empty in ru",
        ])
        let report = TranslationReport(site: try #require(site))
        #expect(report.languages.first?.isComplete == true)
        #expect(report.languages.first?.untracked.isEmpty == true)
        #expect(try #require(book.read(files[1])).contains("translation_of: \"v2-"))
    }

    @Test func newEvaluationListsEveryCriterionWithItsMaximum() throws {
        let book = try TemporaryCasebook()
        _ = try Scaffolder(root: book.root, config: config(book)).create(.evaluations, id: "beta", languages: ["ru"])
        let text = try #require(book.read("content/evaluations/beta.ru.md"))
        #expect(text.contains("municipality: beta"))
        #expect(text.contains("  participation: 0   # Участие, max 15\n  budgeting: 0   # Бюджет, max 5\n"))
    }

    @Test func newRefusesAnExistingOrInvalidID() throws {
        let book = try TemporaryCasebook(files: ["content/cases/masy.ru.md": Doc.case()])
        let scaffolder = try Scaffolder(root: book.root, config: config(book))
        #expect(throws: Problem("case 'masy' already exists: content/cases/masy.ru.md")) {
            try scaffolder.create(.cases, id: "masy")
        }
        #expect(throws: Problem("'Masy Water' is not a valid id: use lowercase letters a–z, digits and '-' (e.g. masy-kindergarten)")) {
            try scaffolder.create(.cases, id: "Masy Water")
        }
        #expect(throws: Problem("language 'ky' is not configured in casebook.yml (languages: ru, en)")) {
            try scaffolder.create(.cases, id: "other", languages: ["ky"])
        }
    }

    @Test func reportFindsMissingOutdatedAndUntrackedTranslations() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/one.ru.md": Doc.case(),
            "content/cases/two.ru.md": Doc.case(),
            "content/cases/two.en.md": Doc.translation(),
            "content/cases/three.ru.md": Doc.case(),
            "content/cases/three.en.md": Doc.translation(),
        ])
        let stamp = TranslationStamp(root: book.root, config: try config(book))
        _ = try stamp.stamp("content/cases/three.en.md")
        var report = TranslationReport(site: try #require(book.load().0)).languages[0]
        #expect(report.missing.map(\.id) == ["one"])
        #expect(report.untracked.map(\.id) == ["two"])
        #expect(report.outdated.isEmpty)
        try book.write("content/cases/three.ru.md", Doc.case(body: "## Проблема\n\nНовый текст.\n"))
        report = TranslationReport(site: try #require(book.load().0)).languages[0]
        #expect(report.outdated.map(\.file) == ["content/cases/three.en.md"])
        _ = try stamp.stamp("content/cases/three.en.md")
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.isEmpty)
    }

    @Test func stampKeepsCRLFAndTheByteOrderMarkAndReplacesAnOldFingerprint() throws {
        let book = try TemporaryCasebook(files: ["content/cases/one.ru.md": Doc.case()])
        try book.write("content/cases/one.en.md", "\u{FEFF}---\r\ntitle: \"A\"\r\nsummary: \"B\"\r\ntranslation_of: \"old\"\r\n---\r\nText\r\n")
        let fingerprint = try TranslationStamp(root: book.root, config: config(book)).stamp("content/cases/one.en.md")
        let data = try Data(contentsOf: book.root.appendingPathComponent("content/cases/one.en.md"))
        #expect(String(decoding: data, as: UTF8.self)
                == "\u{FEFF}---\r\ntitle: \"A\"\r\nsummary: \"B\"\r\ntranslation_of: \"\(fingerprint)\"\r\n---\r\nText\r\n")
        let original = try #require(book.load().0?.cases.first?.translations["ru"]?.info)
        #expect(original.texts.keys.sorted() == ["summary", "title"])
        #expect(fingerprint == TranslationFingerprint.of(original))
        #expect(fingerprint.hasPrefix("v2-") && fingerprint.count == 19)
    }

    @Test(arguments: [
        ("title", Doc.case("Новое название")),
        ("summary", Doc.case().replacingOccurrences(of: "summary: \"Кратко.\"", with: "summary: \"Иначе.\"")),
        ("highlights", Doc.case(extra: "highlights: [\"170 детей\"]")),
        ("image alt", Doc.case(extra: "image_alt: \"Колонка\"")),
        ("body", Doc.case(body: "## Проблема\n\nНовый текст.\n")),
    ])
    func editingATranslatableTextOfTheOriginalOutdatesItsTranslation(_ what: String, _ edited: String) throws {
        let book = try TemporaryCasebook(files: ["content/cases/one.ru.md": Doc.case(), "content/cases/one.en.md": Doc.translation()])
        _ = try TranslationStamp(root: book.root, config: config(book)).stamp("content/cases/one.en.md")
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.isEmpty)
        try book.write("content/cases/one.ru.md", edited)
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.map(\.file) == ["content/cases/one.en.md"], "\(what)")
    }

    @Test func aSharedFieldOfTheOriginalDoesNotOutdateItsTranslation() throws {
        let book = try TemporaryCasebook(files: ["content/cases/one.ru.md": Doc.case(), "content/cases/one.en.md": Doc.translation()])
        _ = try TranslationStamp(root: book.root, config: config(book)).stamp("content/cases/one.en.md")
        try book.write("content/cases/one.ru.md", Doc.case(municipality: "beta", extra: "year: 2021"))
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.isEmpty)
    }

    @Test func anOlderBodyOnlyFingerprintStillCountsAndTranslatedUpgradesIt() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/one.ru.md": Doc.case(),
            "content/cases/one.en.md": Doc.translation(extra: "translation_of: \"\(BodyFingerprint.of("## Проблема\n\nТекст.\n"))\""),
        ])
        // Read as the body's fingerprint: current, and a title edit is not seen by it.
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.isEmpty)
        try book.write("content/cases/one.ru.md", Doc.case("Новое название"))
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.isEmpty)
        try book.write("content/cases/one.ru.md", Doc.case("Новое название", body: "## Проблема\n\nДругое.\n"))
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.map(\.id) == ["one"])
        // `translated` writes the new kind, which sees the title from then on.
        let upgraded = try TranslationStamp(root: book.root, config: config(book)).stamp("content/cases/one.en.md")
        #expect(upgraded.hasPrefix("v2-"))
        #expect(book.read("content/cases/one.en.md")?.contains("translation_of: \"\(upgraded)\"") == true)
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.isEmpty)
        try book.write("content/cases/one.ru.md", Doc.case("Третье название", body: "## Проблема\n\nДругое.\n"))
        #expect(TranslationReport(site: try #require(book.load().0)).languages[0].outdated.map(\.id) == ["one"])
    }

    @Test func translatedRefusesAnOriginalItCannotRead() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/one.ru.md": "---\ntitle: [unclosed\n---\nText\n",
            "content/cases/one.en.md": Doc.translation(),
        ])
        // The YAML error's own words are the loader's; this test holds the place and what to do.
        let problem = #expect(throws: Problem.self) {
            try TranslationStamp(root: book.root, config: config(book)).stamp("content/cases/one.en.md")
        }
        #expect(problem?.message.description.hasPrefix("content/cases/one.ru.md:2:1: ") == true)
        #expect(problem?.message.description.hasSuffix("; this is the original of content/cases/one.en.md: fix it, then run translated again") == true)
        #expect(book.read("content/cases/one.en.md") == Doc.translation())
    }

    @Test func fingerprintIgnoresLineEndsAndTrailingSpaces() {
        #expect(BodyFingerprint.of("a  \r\nb\n") == BodyFingerprint.of("a\nb"))
        #expect(BodyFingerprint.of("a\nb") != BodyFingerprint.of("a\nc"))
        #expect(BodyFingerprint.of("").count == 16)
    }
}
