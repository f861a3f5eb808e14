import CasebookTestSupport
import Foundation
import Testing

/// ArgumentParser's own words — help headings, "Usage:", its parse errors — in the chosen
/// language, wrapped as ArgumentParser wraps them.
@Suite struct UsageLanguageTests {
    /// `casebook arguments` with `LANG=locale`, on an 80-column screen.
    func run(_ arguments: [String], locale: String) throws -> (status: Int32, out: String, err: String) {
        var environment = ProcessInfo.processInfo.environment
        for name in ["CASEBOOK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        environment["LANG"] = locale
        environment["COLUMNS"] = "80"
        return try Tools.run(CommandLineTests.binary.path, arguments, in: FileManager.default.temporaryDirectory, environment: environment)
    }

    @Test func helpOfACommandInRussian() throws {
        let result = try run(["new", "--help"], locale: "ru_RU.UTF-8")
        #expect(result.status == 0)
        #expect(result.out == """
            ОПИСАНИЕ: Создать новый кейс, оценку, страницу или презентацию на всех языках —
            черновик с пояснением к каждому полю.

            ИСПОЛЬЗОВАНИЕ: casebook new <kind> <id> [--root <DIR>] [--lang <LANGS>]

            АРГУМЕНТЫ:
              <kind>                  case, evaluation, page или deck (кейс, оценка,
                                      страница или презентация). (значения: case,
                                      evaluation, page, deck)
              <id>                    Идентификатор: строчные буквы, цифры и «-», например
                                      masy-kindergarten. Для оценки — идентификатор
                                      муниципалитета.

            ПАРАМЕТРЫ:
              --root <DIR>            Папка сборника (в ней content/ и themes/). (по
                                      умолчанию: .)
              --lang <LANGS>          Языки, на которых создать файлы, например ru,en (по
                                      умолчанию — все языки из настроек).
              --version               Показать версию.
              -h, --help              Показать справку.


            """)
    }

    @Test func helpOfACommandInEnglishIsArgumentParsers() throws {
        let result = try run(["new", "--help"], locale: "C.UTF-8")
        #expect(result.status == 0)
        #expect(result.out == """
            OVERVIEW: Create a new case, evaluation, page or deck in every language, as a
            draft with every field explained.

            USAGE: casebook new <kind> <id> [--root <DIR>] [--lang <LANGS>]

            ARGUMENTS:
              <kind>                  case, evaluation, page or deck. (values: case,
                                      evaluation, page, deck)
              <id>                    The id: lowercase letters, digits and '-', e.g.
                                      masy-kindergarten. For an evaluation, the
                                      municipality id.

            OPTIONS:
              --root <DIR>            The casebook folder (holds content/ and themes/).
                                      (default: .)
              --lang <LANGS>          Languages to create, e.g. ru,en (default: every
                                      configured language).
              --version               Show the version.
              -h, --help              Show help information.


            """)
    }

    @Test func theListOfCommandsEndsWithWhereToReadMore() throws {
        let russian = try run(["theme", "--help"], locale: "ru_RU.UTF-8")
        #expect(russian.out.hasSuffix("\nКОМАНДЫ:\n  eject                   Скопировать встроенную тему в themes/default/, чтобы\n                          её настроить (папка темы важнее встроенной темы).\n\n  Подробная справка по команде: casebook help theme <команда>\n"))
        let english = try run(["theme", "--help"], locale: "C.UTF-8")
        #expect(english.out.hasSuffix("\n  See 'casebook help theme <subcommand>' for detailed help.\n"))
    }

    @Test(arguments: [
        (["build", "--verbos"],
         "Ошибка: неизвестный параметр «--verbos». Может быть, «--verbose»?\nИспользование: casebook build [--root <DIR>] [--lang <LANG>] [--drafts] [--output <DIR>] [--quiet] [--verbose] [--only <LIST>] [--no-pdf]\n  Подробнее: casebook build --help\n",
         "Error: Unknown option '--verbos'. Did you mean '--verbose'?\nUsage: casebook build [--root <DIR>] [--lang <LANG>] [--drafts] [--output <DIR>] [--quiet] [--verbose] [--only <LIST>] [--no-pdf]\n  See 'casebook build --help' for more information.\n"),
        (["new"],
         "Ошибка: не указан обязательный аргумент «<kind>»\nСправка:  <kind>  case, evaluation, page или deck (кейс, оценка, страница или\nпрезентация).\nИспользование: casebook new <kind> <id> [--root <DIR>] [--lang <LANGS>]\n  Подробнее: casebook new --help\n",
         "Error: Missing expected argument '<kind>'\nHelp:  <kind>  case, evaluation, page or deck.\nUsage: casebook new <kind> <id> [--root <DIR>] [--lang <LANGS>]\n  See 'casebook new --help' for more information.\n"),
        (["frobnicate", "x", "y"],
         "Ошибка: 3 лишних аргумента: «frobnicate», «x», «y»\nИспользование: casebook <команда>\n  Подробнее: casebook --help\n",
         "Error: 3 unexpected arguments: 'frobnicate', 'x', 'y'\nUsage: casebook <subcommand>\n  See 'casebook --help' for more information.\n"),
        (["build", "--quiet=3"],
         "Ошибка: параметр «--quiet» не принимает значения, а указано «3»\nИспользование: casebook build [--root <DIR>] [--lang <LANG>] [--drafts] [--output <DIR>] [--quiet] [--verbose] [--only <LIST>] [--no-pdf]\n  Подробнее: casebook build --help\n",
         "Error: The option '--quiet' does not take any value, but '3' was specified.\nUsage: casebook build [--root <DIR>] [--lang <LANG>] [--drafts] [--output <DIR>] [--quiet] [--verbose] [--only <LIST>] [--no-pdf]\n  See 'casebook build --help' for more information.\n"),
    ] as [([String], String, String)])
    func usageErrorInBothLanguages(arguments: [String], russian: String, english: String) throws {
        let inRussian = try run(arguments, locale: "ru_RU.UTF-8")
        #expect(inRussian.status == 2)
        #expect(inRussian.err == russian)
        let inEnglish = try run(arguments, locale: "C.UTF-8")
        #expect(inEnglish.status == 2)
        #expect(inEnglish.err == english)
    }

    @Test func aCompletionScriptIsLeftAsItIs() throws {
        let russian = try run(["--generate-completion-script", "bash"], locale: "ru_RU.UTF-8")
        let english = try run(["--generate-completion-script", "bash"], locale: "C.UTF-8")
        #expect(russian.status == 0)
        #expect(russian.out.hasPrefix("#!/bin/bash\n"))
        #expect(russian.out == english.out)
    }
}
