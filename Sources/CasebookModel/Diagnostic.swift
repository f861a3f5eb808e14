/// One message about the content, printed like a compiler's:
/// `content/cases/x.ru.md:7:3: error: unknown sector 'watter' (did you mean 'water'?)`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// A second line of help, printed indented as `note: …`.
    public var note: String?

    public init(_ severity: Severity, _ location: SourceLocation?, _ message: String, note: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.note = note
    }

    public static func error(_ location: SourceLocation?, _ message: String, note: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, note: note)
    }

    public static func warning(_ location: SourceLocation?, _ message: String, note: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, note: note)
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let note { text += "\n  note: \(note)" }
        return text
    }
}
