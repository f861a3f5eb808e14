/// One message about the content, printed like a compiler's:
/// `content/cases/x.ru.md:7:3: error: unknown sector 'watter' (did you mean 'water'?)`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }

        /// The word before the message: `error`, `warning`.
        public var label: Message {
            switch self {
            case .error: return "error"
            case .warning: return "warning"
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: Message
    /// A second line of help, printed indented as `note: …`.
    public var note: Message?

    public init(_ severity: Severity, _ location: SourceLocation?, _ message: Message, note: Message? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.note = note
    }

    public static func error(_ location: SourceLocation?, _ message: Message, note: Message? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, note: note)
    }

    public static func warning(_ location: SourceLocation?, _ message: Message, note: Message? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, note: note)
    }

    /// The English text.
    public var description: String { rendered(in: .english) }

    /// The diagnostic as printed, in `language`: `file:line:col: error: …`, then `  note: …`.
    public func rendered(in language: MessageLanguage) -> String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.label.rendered(in: language)): \(message.rendered(in: language))"
        if let note { text += "\n  \(Self.noteLabel.rendered(in: language)): \(note.rendered(in: language))" }
        return text
    }

    static let noteLabel: Message = "note"
}
