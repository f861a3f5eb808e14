import CasebookSupport
import Foundation
import Testing

@Suite struct ConcurrentlyTests {
    /// Counts the items alive.
    final class Tracked: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var alive = 0
        let value: Int

        init(_ value: Int) {
            self.value = value
            Self.lock.withLock { Self.alive += 1 }
        }

        deinit {
            Self.lock.withLock { Self.alive -= 1 }
        }
    }

    @Test func mapConsumingKeepsOrderAndReleasesEveryItemOnce() {
        let before = Tracked.lock.withLock { Tracked.alive }
        var items = (0..<2000).map { [Tracked($0)] }
        items.append([])
        let results = Concurrently.map(consuming: consume items) { item in item.map { $0.value * 2 }.first ?? -1 }
        #expect(results == (0..<2000).map { $0 * 2 } + [-1])
        // Each item was the worker's to release: none is left, and none was released twice
        // (a double release would crash or drive the count below where it started).
        #expect(Tracked.lock.withLock { Tracked.alive } == before)
    }

    @Test func mapConsumingOfNothingOrOne() {
        #expect(Concurrently.map(consuming: [Int]()) { $0 }.isEmpty)
        #expect(Concurrently.map(consuming: [7]) { $0 + 1 } == [8])
    }
}
