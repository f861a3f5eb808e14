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

    /// What the threads share. Unchecked because the compiler cannot see the discipline that
    /// makes it safe: each index is computed by one thread, which writes only its own slot.
    private struct Work<T>: @unchecked Sendable {
        let transform: (Int) -> T
        let slots: UnsafeMutableBufferPointer<T?>
    }
}
