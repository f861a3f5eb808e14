/// A message for people, written in English at the call site and shown in the chosen language.
///
/// The literal parts of `"unknown \(noun) '\(id)'"` make the key `unknown {0} '{1}'` (gettext
/// style: the English text is the key); the interpolated values are kept apart. Rendering looks
/// the key up in the language's catalogue and puts the values back in, falling back to the
/// English text. A value that is itself a `Message` (a noun, a "did you mean") is rendered in
/// the same language; any other value (an id, a field name, a path) stays as written.
public struct Message: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// A value put into a message: words of ours to translate, or text shown as it is.
    public indirect enum Argument: Sendable, Hashable {
        case message(Message)
        case text(String)
    }

    /// The English text with `{0}`, `{1}`… where the values go.
    public let key: String
    public let arguments: [Argument]

    public init(key: String, arguments: [Argument] = []) {
        self.key = key
        self.arguments = arguments
    }

    /// Text that is shown as it is in every language (a tool's own words, a file's contents).
    public init(verbatim text: String) {
        self.init(key: "{0}", arguments: [.text(text)])
    }

    public init(stringLiteral value: String) {
        self.init(key: value)
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(key: stringInterpolation.key, arguments: stringInterpolation.arguments)
    }

    /// The message in `language`, in English where its catalogue has no entry.
    public func rendered(in language: MessageLanguage) -> String {
        let template = MessageCatalogue.template(for: key, in: language) ?? key
        guard !arguments.isEmpty else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let digits = rest[rest.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
            var close = digits.endIndex
            var forms: [Substring] = []
            if close < rest.endIndex, rest[close] == "#", let end = rest[close...].firstIndex(of: "}") {
                forms = rest[rest.index(after: close)..<end].split(separator: "|", omittingEmptySubsequences: false)
                close = end
            }
            if !digits.isEmpty, close < rest.endIndex, rest[close] == "}", let index = Int(digits), index < arguments.count {
                switch arguments[index] {
                case .message(let message): result += message.rendered(in: language)
                case .text(let text) where !forms.isEmpty:
                    let form = language.pluralForm(Int(text) ?? 0)
                    result += forms[min(form, forms.count - 1)]
                case .text(let text): result += text
                }
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }

    /// The English text.
    public var description: String { rendered(in: .english) }

    public static func < (lhs: Message, rhs: Message) -> Bool { lhs.description < rhs.description }

    /// Messages that read the same in English are the same message, however their text was put
    /// together (`"in \(path)"` or a whole literal), so that a test or a duplicate check
    /// compares what people read.
    public static func == (lhs: Message, rhs: Message) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    /// Builds the key from the literal parts and keeps the values apart.
    public struct StringInterpolation: StringInterpolationProtocol {
        var key = ""
        var arguments: [Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            key.reserveCapacity(literalCapacity + 3 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { key += literal }

        public mutating func appendInterpolation(_ message: Message) {
            key += "{\(arguments.count)}"
            arguments.append(.message(message))
        }

        /// A word that agrees with `count`: `"\(n) \(plural: n, "error", "errors")"`. The key holds
        /// `{1#error|errors}`; a catalogue lists its own language's forms there.
        public mutating func appendInterpolation(plural count: Int, _ one: String, _ other: String) {
            key += "{\(arguments.count)#\(one)|\(other)}"
            arguments.append(.text(String(count)))
        }

        public mutating func appendInterpolation(_ value: some Any) {
            key += "{\(arguments.count)}"
            arguments.append(.text(String(describing: value)))
        }
    }
}

extension Message {
    /// One message after the other, as one key: `"…; " + "install it…"` reads as one sentence.
    public static func + (lhs: Message, rhs: Message) -> Message {
        var key = lhs.key
        var rest = rhs.key[...]
        // The right side's values come after the left side's: `{0}` becomes `{n}`.
        while let open = rest.firstIndex(of: "{") {
            key += rest[..<open]
            let digits = rest[rest.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
            if let number = Int(digits) {
                key += "{\(number + lhs.arguments.count)"
                rest = rest[digits.endIndex...]
            } else {
                key += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        return Message(key: key + rest, arguments: lhs.arguments + rhs.arguments)
    }

    /// Messages joined into one, e.g. a list of fields, each rendered in the same language.
    public static func list(_ items: [Message], separator: String = ", ") -> Message {
        var key = ""
        for index in items.indices { key += (index == 0 ? "" : separator) + "{\(index)}" }
        return Message(key: key, arguments: items.map { .message($0) })
    }
}
