import CasebookTestSupport
import Foundation
import Testing

/// `casebook` speaks the language chosen by --lang, CASEBOOK_LANG or the locale, end to end.
@Suite struct MessageLanguageTests {
    /// The test process's environment without any language choice, plus `choice`.
    func run(_ arguments: [String], in folder: URL, choice: [String: String]) throws -> (status: Int32, out: String, err: String) {
        var environment = ProcessInfo.processInfo.environment
        for name in ["CASEBOOK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        environment.merge(choice) { $1 }
        return try Tools.run(CommandLineTests.binary.path, arguments, in: folder, environment: environment)
    }

    static let russianFirstLine = "content/cases/broken.ru.md:5:11: ошибка: сектор: неизвестное значение «watter» (может быть, «water»?)\n"

    @Test(arguments: [
        (["check", "--lang", "ru"], [:]),
        (["check"], ["LANG": "ru_RU.UTF-8"]),
        (["check"], ["CASEBOOK_LANG": "ru", "LANG": "en_GB.UTF-8"]),
    ] as [([String], [String: String])])
    func checkSpeaksRussian(arguments: [String], choice: [String: String]) throws {
        let book = try TemporaryCasebook(fixture: "invalid-content")
        let result = try run(arguments, in: book.root, choice: choice)
        #expect(result.status == 1)
        #expect(result.err.hasPrefix(Self.russianFirstLine))
        #expect(result.out.hasSuffix("проверка: 10 ошибок, 1 предупреждение\n"))
    }

    @Test(arguments: [[:], ["LANG": "C.UTF-8"], ["LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"]] as [[String: String]])
    func checkSpeaksEnglishOtherwise(choice: [String: String]) throws {
        let book = try TemporaryCasebook(fixture: "invalid-content")
        let result = try run(["check"], in: book.root, choice: choice)
        #expect(result.err.hasPrefix("content/cases/broken.ru.md:5:11: error: unknown sector 'watter' (did you mean 'water'?)\n"))
        #expect(result.out.hasSuffix("check: 10 errors, 1 warning\n"))
    }

    @Test func helpIsInTheChosenLanguage() throws {
        let folder = FileManager.default.temporaryDirectory
        let russian = try run(["--help"], in: folder, choice: ["LANG": "ru_RU.UTF-8"])
        #expect(russian.out.contains("Собрать двуязычный сайт-сборник из файлов Markdown."))
        let check = try run(["check", "--help", "--lang", "ru"], in: folder, choice: [:])
        #expect(check.out.contains("Считать предупреждения ошибками"))
        let english = try run(["check", "--help"], in: folder, choice: [:])
        #expect(english.out.contains("Treat warnings as errors"))
    }
}
