import CasebookBuild
import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// `casebook new deck` dates the deck with the casebook's `date`, and never with a made-up day.
@Suite struct DeckScaffoldTests {
    @Test(arguments: [
        ("date: 2022-06-30\n", "\ndate: 2022-06-30\n"),
        ("", "\n# date: YYYY-MM-DD   # the day of the event\n"),
    ])
    func aNewDeckTakesTheCasebooksDate(_ dateLine: String, _ expected: String) throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "date: 2022-06-30\n", with: dateLine)
        let book = try TemporaryCasebook(config: config)
        let loaded = try #require(book.load().0?.config)
        let files = try Scaffolder(root: book.root, config: loaded).create(.slides, id: "review", languages: ["ru"])
        let text = try #require(book.read(files[0]))
        #expect(text.contains(expected))
        #expect(dateLine.isEmpty == !text.contains("2022"))
        let (_, diagnostics) = book.load(drafts: true)
        #expect(diagnostics.errorCount == 0)
    }
}
