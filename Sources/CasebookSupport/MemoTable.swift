import Foundation

/// Values worked out once per process and shared by every thread: for results that repeat
/// on every page (a chart's labels broken into lines, say).
public final class MemoTable<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    public init() {}

    /// The value kept for `key`, or `make()`'s (worked out outside the lock, then kept).
    public func value(for key: Key, _ make: () -> Value) -> Value {
        if let kept = lock.withLock({ values[key] }) { return kept }
        let value = make()
        lock.withLock { values[key] = value }
        return value
    }
}
