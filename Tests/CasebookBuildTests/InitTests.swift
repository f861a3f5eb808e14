@testable import CasebookBuild
import CasebookModel
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// `casebook init` in an empty folder makes a casebook that builds at once, with the theme the
/// binary carries (no themes/ folder), and refuses a folder that already has content/.
@Suite struct InitTests {
    func emptyFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aNewCasebookBuildsWithoutAThemesFolder() throws {
        let root = try emptyFolder().appendingPathComponent("new book")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let written = try CasebookInitializer(root: root).create()
        #expect(written == [
            "content/casebook.yml",
            "content/cases/example-case.ru.md", "content/cases/example-case.en.md",
            "content/evaluations/example.ru.md", "content/evaluations/example.en.md",
            "content/pages/about.ru.md", "content/pages/about.en.md",
        ])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("themes").path))
        let config = try String(contentsOf: root.appendingPathComponent("content/casebook.yml"), encoding: .utf8)
        #expect(config.contains("languages: [ru, en]   # the first is the default language"))
        #expect(config.contains("      ru: \"Участие уязвимых групп\"\n      en: \"Inclusive participation\"\n"))
        let example = try String(contentsOf: root.appendingPathComponent("content/cases/example-case.en.md"), encoding: .utf8)
        #expect(example.contains("summary: \"An example: replace it with your first case.\""))
        #expect(example.contains("draft: true") == false) // a translation: the shared draft flag is in the ru file
        #expect(try String(contentsOf: root.appendingPathComponent("content/cases/example-case.ru.md"), encoding: .utf8)
            .contains("\ndraft: true"))

        for drafts in [false, true] {
            let output = root.appendingPathComponent(drafts ? "site-drafts" : "site")
            let report = BuildPipeline(options: .init(root: root, output: output, includeDrafts: drafts)).build()
            #expect(report.wrote)
            // With the drafts, the example case's fact box links to its municipality's page on the website.
            #expect(report.diagnostics.sorted.map(\.description) == (drafts ? ["en", "ru"].map {
                "content/casebook.yml:1:1: warning: base_url is not set: the link of the \($0) printable book to the website "
                    + "leads nowhere in its PDF\n  note: set base_url to the address the website is published at, "
                    + "e.g. base_url: https://example.org/casebook/"
            } : []))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("ru/index.html").path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/casebook.css").path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("en/cases/example-case/index.html").path) == drafts)
        }
    }

    /// The starter's `date` is the day it is made, in the `YYYY-MM-DD` of casebook.yml:
    /// SOURCE_DATE_EPOCH's day in UTC when it is set (as a build reads it), else the local day.
    @Test(arguments: [
        ([:], 1_796_680_800.0, "Asia/Bishkek", "2026-12-08"),        // 2026-12-07 22:00 UTC is 04:00 the next day in Bishkek
        ([:], 1_796_680_800.0, "America/New_York", "2026-12-07"),
        (["SOURCE_DATE_EPOCH": "1656547200"], 1_796_680_800.0, "Asia/Bishkek", "2022-06-30"),
        (["SOURCE_DATE_EPOCH": "1796680800"], 0.0, "Asia/Bishkek", "2026-12-07"),
        (["SOURCE_DATE_EPOCH": "soon"], 1_796_680_800.0, "UTC", "2026-12-07"),
    ])
    func theStarterIsDatedTheDayItIsMade(_ environment: [String: String], _ now: Double, _ zone: String, _ day: String) throws {
        let root = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let initializer = CasebookInitializer(root: root, environment: environment, now: Date(timeIntervalSince1970: now),
                                              timeZone: TimeZone(identifier: zone)!)
        #expect(initializer.date == day)
        _ = try initializer.create()
        let text = try String(contentsOf: root.appendingPathComponent("content/casebook.yml"), encoding: .utf8)
        #expect(text.contains("\ndate: \(day)             # the date printed on the site and the book"))
        #expect(text.contains("\n  # date: \(day)         # the date on the forms (default: `date` above)\n"))
        #expect(!text.contains("2022-06-30") || day == "2022-06-30")
        let (config, diagnostics) = ConfigLoader.load(text: text)
        #expect(diagnostics.sorted.map(\.description) == [])
        #expect(config?.date == day)
    }

    @Test func otherLanguagesGetEveryLabel() throws {
        let root = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try CasebookInitializer(root: root, languages: ["en", "ky"]).create()
        #expect(written.contains("content/cases/example-case.ky.md"))
        let report = BuildPipeline(options: .init(root: root, output: root.appendingPathComponent("site"), includeDrafts: true)).build()
        #expect(report.wrote)
        #expect(report.diagnostics.errorCount == 0)
    }

    @Test func aFolderWithContentIsRefusedAndNothingIsWritten() throws {
        let root = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        #expect(throws: Problem("\(root.path) already has a content/ folder; nothing was written (casebook init starts a casebook in a new or empty folder)")) {
            try CasebookInitializer(root: root).create()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["content"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content").path) == [])
    }

    @Test(arguments: [
        (["ru", "RU"], "'RU' is not a language code: use a BCP 47 code such as ru, en or ky"),
        (["ru", "ru"], "--languages names a language twice"),
        ([], "--languages names no language, e.g. --languages ru,en"),
    ])
    func badLanguagesAreRefused(_ languages: [String], _ message: String) throws {
        let root = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: Problem(Message(verbatim: message))) { try CasebookInitializer(root: root, languages: languages).create() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [])
    }
}
