@testable import CasebookServe
import Foundation
import Testing

/// The watcher reports a save once, as the file that was saved, however the editor wrote it;
/// it waits without waking up, and stops waiting when its task is cancelled.
@Suite struct ContentWatcherTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("cases"), withIntermediateDirectories: true)
        try Data("first".utf8).write(to: url.appendingPathComponent("cases/water.ru.md"))
        return url
    }

    @Test func aTemporaryFileRenamedOverTheOriginalIsOneChangeOfTheOriginal() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = ContentWatcher(folders: [root])
        let file = root.appendingPathComponent("cases/water.ru.md")
        // As JetBrains editors save: a temporary file beside the original, then a rename; and a
        // probe file created and deleted, as Vim does. The events wait in the kernel until read,
        // so the file is saved before the wait starts: on a machine busy with other tests, a
        // pause between two steps could otherwise outlast the quiet moment that ends a save.
        let temporary = root.appendingPathComponent("cases/water.ru.md___jb_tmp___")
        try Data("second".utf8).write(to: temporary)
        try Data().write(to: root.appendingPathComponent("cases/4913"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("cases/4913"))
        _ = rename(temporary.path, file.path)
        #expect(try await watcher.next(timeout: 5) == [file.path])
    }

    @Test func filesThatComeAndGoAreNoChange() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = ContentWatcher(folders: [root])
        guard watcher.usesEvents else { return }
        let probe = root.appendingPathComponent("cases/4913")
        try Data().write(to: probe)
        try FileManager.default.removeItem(at: probe)
        #expect(try await watcher.next(timeout: 0.6) == nil)
    }

    @Test func aWaitEndsAtOnceWhenItsTaskIsCancelled() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = ContentWatcher(folders: [root])
        let waiting = Task { try await watcher.next(timeout: nil) }
        try await Task.sleep(nanoseconds: 100_000_000)
        let started = Date()
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        // Without the wake-up it would wait for ever; the margin is for a machine busy with other
        // tests (10 s was seen at a load average of 20 on two cores).
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aBatchKeepsRealChangesAndDropsPathsThatCameAndWent() {
        var batch = WatchBatch()
        batch.record("/c/a.md", appeared: false)
        batch.record("/c/a.md~", appeared: true)
        batch.record("/c/b.md", appeared: true)
        batch.record("/c/gone.md", appeared: false)
        let existing: Set<String> = ["/c/a.md", "/c/b.md"]
        #expect(batch.settled(exists: existing.contains) == ["/c/a.md", "/c/b.md", "/c/gone.md"])

        var temporary = WatchBatch()
        temporary.record("/c/4913", appeared: true)
        #expect(temporary.settled(exists: { _ in false }) == nil)

        var lost = WatchBatch()
        lost.record("/c/a.md", appeared: false)
        lost.markUnknown()
        #expect(lost.settled(exists: { _ in true }) == [])
    }
}
