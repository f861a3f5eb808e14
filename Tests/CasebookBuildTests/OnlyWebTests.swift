import CasebookTestSupport
import Foundation
import Testing

/// `casebook build --only web`: the website's pages without print book, slides or PDFs.
@Suite struct OnlyWebTests {
    @Test func onlyWebLeavesOutTheSlideDecks() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/water.ru.md": Doc.case(),
            "content/slides/review.ru.md": "---\ntitle: \"Обзор\"\n---\n\n# Слайд\n",
        ])
        let cli = CommandLineTests()
        let web = book.root.appendingPathComponent("web")
        let all = book.root.appendingPathComponent("all")
        #expect(try cli.run(["build", "--root", book.root.path, "--output", web.path, "--only", "web"]).status == 0)
        #expect(try cli.run(["build", "--root", book.root.path, "--output", all.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: web.appendingPathComponent("ru/cases/water/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: web.appendingPathComponent("ru/slides/review/index.html").path))
        #expect(FileManager.default.fileExists(atPath: all.appendingPathComponent("ru/slides/review/index.html").path))
    }

    @Test func unknownOutputIsAUsageError() throws {
        let result = try CommandLineTests().run(["build", "--only", "web,pdfs"])
        #expect(result.status == 2)
        #expect(result.err.contains("--only: unknown output 'pdfs'; choose from web, results, slides, print"))
    }
}
