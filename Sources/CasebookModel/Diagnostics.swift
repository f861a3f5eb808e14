/// Collects the diagnostics of a run, so that all of them are reported together.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { all += other.all }
    public mutating func append(contentsOf diagnostics: [Diagnostic]) { all += diagnostics }

    public mutating func error(_ location: SourceLocation?, _ message: Message, note: Message? = nil) {
        all.append(.error(location, message, note: note))
    }

    public mutating func warning(_ location: SourceLocation?, _ message: Message, note: Message? = nil) {
        all.append(.warning(location, message, note: note))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    /// Counted once each, as printed (a body shown on two pages reports its problems twice).
    public var errorCount: Int { Set(all).filter { $0.severity == .error }.count }
    public var warningCount: Int { Set(all).filter { $0.severity == .warning }.count }

    /// Sorted by file, line and column (messages without a place first), duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }.sorted { lhs, rhs in
            switch (lhs.location, rhs.location) {
            case (nil, nil): return lhs.message < rhs.message
            case (nil, _): return true
            case (_, nil): return false
            case let (l?, r?): return l != r ? l < r : (lhs.severity, lhs.message) < (rhs.severity, rhs.message)
            }
        }
    }
}
