@testable import CasebookServe
import CasebookBuild
import CasebookTestSupport
import Foundation
import Testing

/// After an edit, the preview serves exactly what a full build of the edited casebook makes,
/// whether it re-rendered one case or everything.
@Suite struct IncrementalPreviewTests {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    /// Every file of a full in-memory build of the casebook as it is now.
    func fullBuild(_ book: TemporaryCasebook) throws -> [String: Data] {
        let output = try #require(BuildPipeline(options: .init(root: book.root)).render().0)
        return Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.data) })
    }

    @Test func anEditedBodyRerendersOnlyItsCaseAndMatchesAFullBuild() async throws {
        let book = try SyntheticCasebook.make(cases: 30)
        let log = Log()
        let builder = PreviewBuilder(options: .init(root: book.root), log: { log.add($0) })
        let preview = PreviewSite()
        await builder.rebuildAll(into: preview)
        let version = await preview.version

        let file = "content/cases/case-005.en.md"
        try book.write(file, try #require(book.read(file)) + "\nA new paragraph with [a link](case-006.md).\n")
        await builder.update([book.root.appendingPathComponent(file).path], into: preview)
        #expect(log.all.last?.hasPrefix("updated en/cases/case-005/index.html, ru/cases/case-005/index.html in ") == true)
        #expect(await preview.version == version + 1)
        #expect(await builder.hasPendingWork)
        #expect(String(decoding: await preview.data(at: "en/cases/case-005/index.html") ?? Data(), as: UTF8.self)
            .contains("A new paragraph with <a href=\"../case-006/index.html\">a link</a>."))

        #expect(!String(decoding: await preview.data(at: "en/print/index.html") ?? Data(), as: UTF8.self)
            .contains("A new paragraph with"))

        await builder.finishPending(into: preview)
        #expect(!(await builder.hasPendingWork))
        #expect(String(decoding: await preview.data(at: "en/print/index.html") ?? Data(), as: UTF8.self)
            .contains("A new paragraph with"))
        #expect(await preview.files == (try fullBuild(book)))
    }

    @Test func aChangedFactRebuildsEverything() async throws {
        // A budget shows in the key figures and charts of other pages, not only on the case's own.
        let book = try SyntheticCasebook.make(cases: 8)
        let log = Log()
        let builder = PreviewBuilder(options: .init(root: book.root), log: { log.add($0) })
        let preview = PreviewSite()
        await builder.rebuildAll(into: preview)

        let file = "content/cases/case-004.ru.md"
        let text = try #require(book.read(file))
        #expect(text.contains("budget_kgs: 4000\n"))
        try book.write(file, text.replacingOccurrences(of: "budget_kgs: 4000\n", with: "budget_kgs: 4500\n"))
        await builder.update([book.root.appendingPathComponent(file).path], into: preview)
        #expect(log.all.last?.hasPrefix("rebuilt in ") == true)
        #expect(await preview.files == (try fullBuild(book)))
    }

    @Test func aNewTitleRebuildsEverything() async throws {
        let book = try SyntheticCasebook.make(cases: 12)
        let log = Log()
        let builder = PreviewBuilder(options: .init(root: book.root), log: { log.add($0) })
        let preview = PreviewSite()
        await builder.rebuildAll(into: preview)

        let file = "content/cases/case-003.ru.md"
        try book.write(file, try #require(book.read(file)).replacingOccurrences(of: "Кейс номер 3", with: "Новое название"))
        await builder.update([book.root.appendingPathComponent(file).path], into: preview)
        #expect(log.all.last?.hasPrefix("rebuilt in ") == true)
        #expect(await preview.files == (try fullBuild(book)))
    }

    @Test func anErrorInAnEditKeepsTheLastGoodPages() async throws {
        let book = try SyntheticCasebook.make(cases: 6)
        let builder = PreviewBuilder(options: .init(root: book.root), log: { _ in })
        let preview = PreviewSite()
        await builder.rebuildAll(into: preview)
        let before = await preview.files

        let file = "content/cases/case-002.en.md"
        try book.write(file, try #require(book.read(file)) + "\n[broken](no-such-case.md)\n")
        await builder.update([book.root.appendingPathComponent(file).path], into: preview)
        #expect(await preview.files == before)
        let errors = book.check().filter { $0.contains(": error: ") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("link to a missing case: content/cases/no-such-case.md does not exist") == true)
        #expect(await preview.problems == errors)
    }

    @Test func aFolderThatNeverBuiltSaysThereIsNothingToServe() async throws {
        let book = try SyntheticCasebook.make(cases: 3)
        let file = "content/cases/case-001.en.md"
        let good = try #require(book.read(file))
        try book.write(file, good + "\n[broken](no-such-case.md)\n")
        let log = Log()
        let builder = PreviewBuilder(options: .init(root: book.root), log: { log.add($0) })
        let preview = PreviewSite()
        await builder.rebuildAll(into: preview)
        #expect(log.all.last == "build failed (1 error); nothing has been built yet, so there is nothing to serve until they are fixed")
        #expect(await preview.files.isEmpty)

        try book.write(file, good)
        await builder.rebuildAll(into: preview)
        try book.write(file, good + "\n[broken](no-such-case.md)\n")
        await builder.rebuildAll(into: preview)
        #expect(log.all.last == "build failed (1 error); still serving the last good build")
    }
}
