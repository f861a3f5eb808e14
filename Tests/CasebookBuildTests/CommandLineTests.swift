import CasebookBuild
import CasebookTestSupport
import Foundation
import Testing

/// The built `casebook` binary, run as a user runs it.
@Suite struct CommandLineTests {
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("casebook")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TemporaryCasebook.repository.appendingPathComponent(".build/debug/casebook")
    }

    func run(_ arguments: [String], in folder: URL? = nil, path: String? = nil) throws -> (status: Int32, out: String, err: String) {
        var environment: [String: String]?
        if let path {
            environment = ProcessInfo.processInfo.environment
            environment?["PATH"] = path
        }
        return try Tools.run(Self.binary.path, arguments, in: folder, environment: environment)
    }

    @Test func checkReportsContentErrorsWithExitStatusOne() throws {
        let book = try TemporaryCasebook(fixture: "invalid-content")
        let result = try run(["check"], in: book.root)
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("content/cases/broken.ru.md:5:11: error: unknown sector 'watter' (did you mean 'water'?)\n"))
        #expect(result.out.hasSuffix("check: 10 errors, 1 warning\n"))
    }

    @Test func buildWritesTheSiteAndSaysWhatItMade() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let result = try run(["build", "--root", book.root.path, "--no-pdf"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("built \(book.root.appendingPathComponent("site").path): "))
        #expect(book.read("site/ru/index.html") != nil)
        #expect(book.read("site/ru/print/index.html") != nil)
        #expect(book.read("site/ru/casebook.pdf") == nil)
    }

    @Test func withoutWeasyPrintTheSiteIsBuiltAndTheStatusIsThree() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let result = try run(["build", "--root", book.root.path], path: "/nonexistent")
        #expect(result.status == 3)
        #expect(result.err.hasPrefix("""
            error: weasyprint was not found, so 10 PDFs were not made (ru/slides/review.pdf, ru/forms/alpha.pdf, ru/forms/beta.pdf and 7 more); \
            install it with `pip install weasyprint==70.0` (scripts/install-weasyprint.sh), or build with --no-pdf

            """))
        #expect(result.out.hasPrefix("built "))
        #expect(book.read("site/ru/print/index.html") != nil)
        #expect(book.read("site/ru/casebook.pdf") == nil)
        // The pages link only to what exists.
        let home = try #require(book.read("site/ru/index.html"))
        #expect(home.contains("<a href=\"print/index.html\">"))
        #expect(!home.contains("casebook.pdf"))
    }

    @Test func aFailingWeasyPrintIsReportedInOneLine() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        try book.write("bin/weasyprint", "#!/bin/sh\necho 'some detail' >&2\necho 'ERROR: boom' >&2\nexit 1\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: book.root.appendingPathComponent("bin/weasyprint").path)
        let result = try run(["build", "--root", book.root.path], path: book.root.appendingPathComponent("bin").path + ":/usr/bin:/bin")
        #expect(result.status == 3)
        #expect(result.err.contains("error: weasyprint failed on ru/print/index.html (exit status 1): ERROR: boom; ru/casebook.pdf was not made\n"))
        #expect(result.err.contains("error: weasyprint failed on en/print/index.html (exit status 1): ERROR: boom; en/casebook.pdf was not made\n"))
        #expect(book.read("site/ru/index.html") != nil)
    }

    @Test func aWeasyPrintTooOldToTagIsNamed() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        // What WeasyPrint 57.2 (Debian 12) answers to the option for tagged PDFs.
        try book.write("bin/weasyprint", "#!/bin/sh\necho 'usage: weasyprint [options] input output' >&2\n"
            + "echo 'weasyprint: error: unrecognized arguments: --pdf-variant pdf/ua-1' >&2\nexit 2\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: book.root.appendingPathComponent("bin/weasyprint").path)
        let result = try run(["build", "--root", book.root.path], path: book.root.appendingPathComponent("bin").path + ":/usr/bin:/bin")
        #expect(result.status == 3)
        let weasyprint = book.root.appendingPathComponent("bin/weasyprint").path
        #expect(result.err.contains("error: \(weasyprint) is too old to write tagged PDFs (it needs WeasyPrint 66 or later); "
            + "install it with `pip install weasyprint==70.0` (scripts/install-weasyprint.sh); ru/casebook.pdf was not made\n"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try run(["build", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.err.contains("Unknown option '--no-such-option'"))
        let missing = try run(["check", "--root", "/no/such/folder"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("--root '/no/such/folder' is not a folder"))
    }

    @Test func helpNamesTheCommands() throws {
        let result = try run(["--help"])
        #expect(result.status == 0)
        #expect(result.out.contains("build"))
        #expect(result.out.contains("check"))
        #expect(result.out.contains("Exit status: 0 success, 1 content errors, 2 wrong command-line usage."))
    }

    @Test func versionIsTheOneInTheCode() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.out == CasebookVersion.current + "\n")
        #expect(CasebookVersion.current.range(of: "^\\d+\\.\\d+\\.\\d+$", options: .regularExpression) != nil)
    }

    @Test(arguments: [("build", true), ("check", true), ("serve", true), ("export", true), ("new", false), ("translated", false), ("import", false)])
    func draftsIsOfferedWhereItChangesSomething(_ command: String, _ offered: Bool) throws {
        let result = try run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.out.contains("--drafts") == offered)
        #expect(result.out.contains("--root <DIR>"))
    }

    @Test func newEvaluationRefusesAnUnknownMunicipality() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let result = try run(["new", "evaluation", "alpah"], in: book.root)
        #expect(result.status == 1)
        #expect(result.err == "error: unknown municipality 'alpah' (did you mean 'alpha'?); "
            + "an evaluation's id is the id of its municipality in content/casebook.yml; nothing was written\n")
        let far = try run(["new", "evaluation", "unknown-town"], in: book.root)
        #expect(far.status == 1)
        #expect(far.err.hasPrefix("error: unknown municipality 'unknown-town'; "))
        #expect(book.read("content/evaluations/alpah.ru.md") == nil)
        #expect(book.read("content/evaluations/unknown-town.ru.md") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: book.root.appendingPathComponent("content/evaluations").path).sorted()
            == ["alpha.en.md", "alpha.ru.md", "beta.ru.md"])
    }
}

/// `check --strict` and `--format json`.
@Suite struct CheckCommandTests {
    @Test func aThirdLanguageIsAddedGradually() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let config = try #require(book.read("content/casebook.yml"))
        try book.write("content/casebook.yml", config.replacingOccurrences(of: "languages: [ru, en]", with: "languages: [ru, en, ky]"))
        let lines = CommandLineTests()
        let check = try lines.run(["check"], in: book.root)
        #expect(check.status == 0)
        let labelWarnings = check.err.split(separator: "\n").filter { $0.contains("has no 'ky' label") }
        #expect(labelWarnings.first == "content/casebook.yml:2:8: warning: title has no 'ky' label; the ru label 'Сборник' is shown until it has one")
        #expect(check.err.contains("content/casebook.yml:15:10: warning: municipality 'alpha' has no 'ky' label; the ru label 'Альфа' is shown until it has one\n"))
        #expect(!check.err.contains("error:"))
        #expect(check.out.contains("translations ky: 7 missing, 0 outdated, 0 without translation_of, \(labelWarnings.count) labels in ru\n"))
        #expect(check.out.contains("  labels    content/casebook.yml: no ky label for title, "))
        // The website in Kyrgyz: the theme's Kyrgyz strings, the Russian labels where Kyrgyz ones are missing.
        let build = try lines.run(["build", "--no-pdf"], in: book.root)
        #expect(build.status == 0)
        let home = try #require(book.read("site/ky/index.html"))
        #expect(home.contains("<html lang=\"ky\""))
        #expect(home.contains("Издөө"))
        let cases = try #require(book.read("site/ky/cases/index.html"))
        #expect(cases.contains("Башкы бет"))
    }

    @Test func strictTurnsWarningsIntoErrorsAndJSONIsParseable() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let lines = CommandLineTests()
        let plain = try lines.run(["check"], in: book.root)
        #expect(plain.status == 0)
        #expect(plain.out.contains("translations en: 2 missing, 0 outdated, 4 without translation_of\n"))
        #expect(plain.out.contains("  missing   evaluation 'beta' (original: content/evaluations/beta.ru.md)\n"))
        let strict = try lines.run(["check", "--strict"], in: book.root)
        #expect(strict.status == 1)
        #expect(strict.err.contains("content/cases/pump.en.md:10:47: error: 'kindergarten.ru.md' has no en translation; linking to the ru page"))
        let json = try lines.run(["check", "--format", "json"], in: book.root)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 0)
        #expect(object["warnings"] as? Int == 1)
        let missing = ((object["translations"] as? [String: Any])?["en"] as? [String: Any])?["missing"] as? [[String: String]]
        #expect(missing == [["file": "content/cases/kindergarten.ru.md", "id": "kindergarten", "kind": "cases"],
                            ["file": "content/evaluations/beta.ru.md", "id": "beta", "kind": "evaluations"]])
    }
}
