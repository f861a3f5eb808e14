import Foundation

/// Work spread over every core with results in a fixed order, so that what a build writes does
/// not depend on which thread finished first.
public enum Concurrently {
    /// `(0..<count).map(transform)`, with the calls on all cores. `transform` must only read
    /// shared state.
    public static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        var results = [T?](repeating: nil, count: count)
        withoutActuallyEscaping(transform) { transform in
            results.withUnsafeMutableBufferPointer { slots in
                let work = Work(transform: transform, slots: slots)
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    work.slots[index] = work.transform(index)
                }
            }
        }
        return results.map { $0! }
    }

    /// `items.map(transform)` on all cores, each item handed to the thread that transforms it
    /// and released there: the front matter trees of 10,000 files are freed on every core, not
    /// by the caller afterwards. The caller gives `items` up (`map(consuming: consume items)`).
    public static func map<Item, T>(consuming items: consuming [Item], _ transform: (Item) -> T) -> [T] {
        let count = items.count
        guard count > 0 else { return [] }
        let owned = Owned(pointer: UnsafeMutablePointer<Item>.allocate(capacity: count))
        defer { owned.pointer.deallocate() }
        items.withUnsafeBufferPointer { owned.pointer.initialize(from: $0.baseAddress!, count: count) }
        // The array's own references go now, so each item's last one is the worker's.
        _ = consume items
        // Every item is moved out exactly once (one index per call), so nothing is left to
        // deinitialise before the memory is freed.
        return map(count) { index in transform((owned.pointer + index).move()) }
    }

    private struct Owned<Item>: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Item>
    }

    /// What the threads share. Unchecked because the compiler cannot see the discipline that
    /// makes it safe: each index is computed by one thread, which writes only its own slot.
    private struct Work<T>: @unchecked Sendable {
        let transform: (Int) -> T
        let slots: UnsafeMutableBufferPointer<T?>
    }
}

/// Frees values on a background thread. A build's model and page contexts are millions of
/// small objects; freeing them one by one at the end of a 10,000-page build kept the main
/// thread busy for a tenth of a second while the other core idled. A process that exits
/// meanwhile does not wait for it.
public enum BackgroundRelease {
    public static func release<T>(_ value: consuming T) {
        let box = Box(value: consume value)
        DispatchQueue.global(qos: .utility).async {
            // Emptied here, so the last reference goes on this thread whoever drops the box.
            box.value = nil
        }
    }

    /// Touched by the caller only before it is handed over.
    private final class Box<T>: @unchecked Sendable {
        var value: T?
        init(value: consuming T) { self.value = consume value }
    }
}
