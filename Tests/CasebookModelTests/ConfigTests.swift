import CasebookModel
import CasebookTestSupport
import Testing

@Suite struct ConfigTests {
    @Test func aLabelMissingInATranslationLanguageIsTheDefaultOnesWithAWarning() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "water: {ru: \"Вода\", en: \"Water\"}", with: "water: {ru: \"Вода\"}")
        let book = try TemporaryCasebook(config: config)
        #expect(book.loadMessages() == [
            "content/casebook.yml:19:10: warning: sector 'water' has no 'en' label; the ru label 'Вода' is shown until it has one",
        ])
        let loaded = try #require(book.load().0?.config)
        #expect(loaded.sectors["water"]?.labels == ["ru": "Вода", "en": "Вода"])
        #expect(loaded.fallbackLabels == ["en": ["sector 'water'"]])
    }

    @Test func aLabelMissingInTheDefaultLanguageIsAnError() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "water: {ru: \"Вода\", en: \"Water\"}", with: "water: {en: \"Water\"}")
        let book = try TemporaryCasebook(config: config)
        #expect(book.loadMessages() == [
            "content/casebook.yml:19:10: error: sector 'water' has no 'ru' label; every configured language needs one",
        ])
    }

    @Test func formLabelsMissingInAThirdLanguageFallBackWithAWarning() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "languages: [ru, en]", with: "languages: [ru, en, ky]")
            + "form:\n  expert: {ru: \"Айгуль Садыкова\", en: \"Aigul Sadykova\"}\n"
        let book = try TemporaryCasebook(config: config)
        let (site, diagnostics) = book.load()
        #expect(!diagnostics.hasErrors)
        #expect(diagnostics.sorted.map(\.description).filter { $0.contains("form.expert") } == [
            "content/casebook.yml:\(config.split(separator: "\n", omittingEmptySubsequences: false).count - 1):11: warning: form.expert has no 'ky' label; the ru label 'Айгуль Садыкова' is shown until it has one",
        ])
        #expect(site?.config.form.expert["ky"] == "Айгуль Садыкова")
        #expect(site?.config.fallbackLabels["ky"]?.contains("form.expert") == true)
    }

    @Test func addingAThirdLanguageGivesOneWarningPerLabelAndNoError() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "languages: [ru, en]", with: "languages: [ru, en, ky]")
        #expect(config != TemporaryCasebook.config)
        let book = try TemporaryCasebook(config: config)
        let (site, diagnostics) = book.load()
        #expect(!diagnostics.hasErrors)
        let labels = try #require(site?.config.fallbackLabels["ky"])
        #expect(diagnostics.sorted.count == labels.count)
        #expect(diagnostics.sorted.allSatisfy { $0.severity == .warning && $0.message.description.contains("has no 'ky' label; the ru label") })
        #expect(labels.contains("sector 'water'"))
        #expect(labels.contains("municipality 'alpha'"))
        #expect(Set(labels).count == labels.count, "one warning per label")
        #expect(site?.config.municipalities["alpha"]?.label("ky") == "Альфа")
        let report = TranslationReport(site: try #require(site))
        #expect(report.languages.map(\.language) == ["en", "ky"])
        #expect(report.languages[0].defaultLabels.isEmpty)
        #expect(report.languages[1].defaultLabels == labels)
        #expect(!report.languages[1].isComplete)
    }

    @Test func unknownSettingAndUnknownLink() throws {
        let config = TemporaryCasebook.config
            .replacingOccurrences(of: "theme: default", with: "theem: default")
            .replacingOccurrences(of: "ton: {region: issyk-kul,", with: "ton: {region: issyk-kol,")
        let book = try TemporaryCasebook(config: config)
        #expect(book.loadMessages() == [
            "content/casebook.yml:4:1: error: unknown setting 'theem' (did you mean 'theme'?)",
            "content/casebook.yml:10:17: error: unknown region 'issyk-kol' for district 'ton' (did you mean 'issyk-kul'?)",
        ])
    }

    @Test func sourceDateEpochOverridesTheDate() throws {
        let (config, _) = ConfigLoader.load(text: TemporaryCasebook.config, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(config?.date == "2023-11-14")
    }

    @Test func printPageSizeMustBeACSSPageSize() throws {
        for good in ["A4", "a5 landscape", "letter", "170mm 240mm", "6in 9in"] {
            let (config, diagnostics) = ConfigLoader.load(text: TemporaryCasebook.config + "print: {page_size: \"\(good)\"}\n")
            #expect(config?.pageSize == good, "\(diagnostics.sorted)")
        }
        let book = try TemporaryCasebook(config: TemporaryCasebook.config + "print: {page_size: \"A4; color: red\"}\n")
        #expect(book.loadMessages() == [
            "content/casebook.yml:33:20: error: print.page_size 'A4; color: red' is not a page size; write A4, A5, letter, … (optionally with landscape) or a width and a height such as '170mm 240mm'",
        ])
    }

    @Test func suggestionsFindTyposOnly() {
        #expect(Suggestion.closest(to: "watter", in: ["water", "preschool"]) == "water")
        #expect(Suggestion.closest(to: "health", in: ["water", "preschool"]) == nil)
    }
}
