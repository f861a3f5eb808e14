import CasebookModel
import CasebookTestSupport
import Testing

@Suite struct ConfigTests {
    @Test func missingLabelLanguage() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "water: {ru: \"Вода\", en: \"Water\"}", with: "water: {ru: \"Вода\"}")
        let book = try TemporaryCasebook(config: config)
        #expect(book.loadMessages() == [
            "content/casebook.yml:19:10: error: sector 'water' has no 'en' label; every configured language needs one",
        ])
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

    @Test func suggestionsFindTyposOnly() {
        #expect(Suggestion.closest(to: "watter", in: ["water", "preschool"]) == "water")
        #expect(Suggestion.closest(to: "health", in: ["water", "preschool"]) == nil)
    }
}
