import CasebookModel
import Testing

@Suite struct MessageTests {
    @Test func theLiteralPartsAreTheKeyAndTheValuesStayApart() {
        let noun: Message = "sector"
        let message: Message = "unknown \(noun) '\("watter")'\(Suggestion.didYouMean("watter", in: ["water"]))"
        #expect(message.key == "unknown {0} '{1}'{2}")
        #expect(message.description == "unknown sector 'watter' (did you mean 'water'?)")
        #expect(message.arguments[1] == .text("watter"))
    }

    @Test func aKeyWithoutATranslationIsShownInEnglish() {
        let message: Message = "no translation for this one \(3)"
        #expect(message.rendered(in: .russian) == "no translation for this one 3")
    }

    @Test func nestedMessagesAreRenderedInTheSameLanguage() {
        let summary: Message = "\(Diagnostic.Severity.error.label): \(Diagnostic.Severity.warning.label)"
        #expect(summary.rendered(in: .russian) == "ошибка: предупреждение")
        #expect(summary.rendered(in: .english) == "error: warning")
    }

    @Test(arguments: [(1, "1 error"), (2, "2 errors"), (0, "0 errors"), (21, "21 errors")])
    func englishPlurals(count: Int, expected: String) {
        let message: Message = "\(count) \(plural: count, "error", "errors")"
        #expect(message.key == "{0} {1#error|errors}")
        #expect(message.description == expected)
    }

    @Test(arguments: [(1, 0), (21, 0), (11, 2), (2, 1), (4, 1), (22, 1), (12, 2), (14, 2), (5, 2), (0, 2), (111, 2), (101, 0)])
    func russianPluralForms(count: Int, form: Int) {
        #expect(MessageLanguage.russian.pluralForm(count) == form)
    }

    @Test func messagesThatReadTheSameAreEqual() {
        let path = "content/x.md"
        #expect(("in \(path)" as Message) == ("in content/x.md" as Message))
        #expect(("in \(path)" as Message) != ("in content/y.md" as Message))
    }

    @Test(arguments: [
        (["casebook", "check", "--lang", "ru"], [:], MessageLanguage.russian),
        (["casebook", "check", "--lang=ru"], ["LANG": "en_US.UTF-8"], .russian),
        (["casebook", "check", "--lang", "en"], ["CASEBOOK_LANG": "ru"], .english),
        (["casebook", "export", "results", "--lang", "ky"], ["LANG": "ru_RU.UTF-8"], .russian),
        (["casebook", "check"], ["CASEBOOK_LANG": "ru", "LANG": "en_US.UTF-8"], .russian),
        (["casebook", "check"], ["LANG": "ru_RU.UTF-8"], .russian),
        (["casebook", "check"], ["LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"], .russian),
        (["casebook", "check"], ["LC_ALL": "C", "LC_MESSAGES": "ru_RU.UTF-8"], .english),
        (["casebook", "check"], ["LC_ALL": "", "LANG": "ru_KG"], .russian),
        (["casebook", "check"], [:], .english),
        (["casebook", "translated", "--", "--lang", "ru"], [:], .english),
    ] as [([String], [String: String], MessageLanguage)])
    func theLanguageIsChosenByOptionThenEnvironmentThenLocale(arguments: [String], environment: [String: String],
                                                             expected: MessageLanguage) {
        #expect(MessageLanguage.chosen(arguments: arguments, environment: environment) == expected)
    }
}
