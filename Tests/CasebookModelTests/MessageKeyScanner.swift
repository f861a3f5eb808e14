/// Finds the message keys in Swift source text the way the compiler builds them, so that a
/// test can tell which messages a catalogue lacks.
///
/// A string literal is a message where it is an argument of a function that takes a `Message`
/// (`error(…)`, `warning(…)`, `Problem(…)`, `Console.text(…)`, any `func` of the sources with a
/// `Message` parameter) or of a `note:` label, where it is returned from a function or property
/// typed `Message`, or where it is the value of a declaration typed `Message`. The key is its
/// text with each interpolation replaced by `{0}`, `{1}`… (`{1#one|other}` for
/// `\(plural: n, "one", "other")`). Literals given as help texts or `ValidationError` text
/// without going through `Console.text` are reported apart: they would never be translated.
struct MessageKeyScanner {
    struct Found: Hashable {
        var key: String
        var line: Int
    }

    /// Functions whose literal arguments are messages, besides those found in the sources.
    static let messageFunctions: Set<String> = ["error", "warning", "Problem", "Diagnostic", "Message", "text", "fail"]
    static let messageLabels: Set<String> = ["note"]
    /// Places where a bare literal is shown to people untranslated.
    static let untranslatedFunctions: Set<String> = ["ValidationError"]
    static let untranslatedLabels: Set<String> = ["help", "abstract", "discussion"]
    /// Arguments that are not messages even in a message function.
    static let plainLabels: Set<String> = ["verbatim", "file", "key", "separator"]

    var messageFunctions = Self.messageFunctions
    private(set) var keys: [Found] = []
    private(set) var untranslated: [Found] = []

    /// Names of functions with a `Message` parameter, `func name(… x: Message …)`: the public
    /// ones (seen by every module) and the others (seen by their own module only).
    static func functionsTakingMessages(in source: String) -> (public: Set<String>, internal: Set<String>) {
        let tokens = SwiftTokenizer(source).tokens()
        var names: Set<String> = []
        var publicNames: Set<String> = []
        var index = 0
        while index < tokens.count {
            if case .identifier("func") = tokens[index].kind, index + 2 < tokens.count,
               case .identifier(let name) = tokens[index + 1].kind, tokens[index + 2].kind == .punctuation("(") {
                var depth = 0
                var position = index + 2
                repeat {
                    if tokens[position].kind == .punctuation("(") { depth += 1 }
                    if tokens[position].kind == .punctuation(")") { depth -= 1 }
                    if tokens[position].kind == .identifier("Message"), tokens[position - 1].kind == .punctuation(":") {
                        let modifiers = tokens[max(0, index - 3)..<index].map(\.kind)
                        if modifiers.contains(.identifier("public")) { publicNames.insert(name) } else { names.insert(name) }
                    }
                    position += 1
                } while depth > 0 && position < tokens.count
                index = position
            } else {
                index += 1
            }
        }
        return (publicNames, names)
    }

    private enum Context { case message, plain, untranslated, inherit }

    private struct Frame {
        var isCall: Bool
        var callee: String?
        var label: String?
        var context: Context
        /// A `let x: Message = …` at this depth, until the end of its line.
        var declaration = false
    }

    mutating func scan(_ source: String) {
        walk(SwiftTokenizer(source).tokens(), frames: [Frame(isCall: false, context: .plain)])
    }

    /// Variables declared `name: [Message]` in the text being scanned.
    private var messageArrays: Set<String> = []

    private mutating func walk(_ tokens: [SwiftTokenizer.Token], frames start: [Frame]) {
        for index in tokens.indices.dropLast(4) {
            if case .identifier(let name) = tokens[index].kind, tokens[index + 1].kind == .punctuation(":"),
               tokens[index + 2].kind == .punctuation("["), tokens[index + 3].kind == .identifier("Message"),
               tokens[index + 4].kind == .punctuation("]") {
                messageArrays.insert(name)
            }
        }
        var frames = start
        var pendingBody: Context?
        for (index, token) in tokens.enumerated() {
            let previous = index > 0 ? tokens[index - 1].kind : nil
            switch token.kind {
            case .newline:
                frames[frames.count - 1].declaration = false
            case .punctuation("("):
                var callee: String?
                if case .identifier(let name)? = previous { callee = name }
                var context = context(ofCall: callee)
                // `lines.append("…")` where `var lines: [Message]`.
                if callee == "append", index >= 3, tokens[index - 2].kind == .punctuation("."),
                   case .identifier(let array) = tokens[index - 3].kind, messageArrays.contains(array) {
                    context = .message
                }
                frames.append(Frame(isCall: callee != nil, callee: callee, context: context))
            case .punctuation("["):
                // A subscript (`fields["title"]`) takes keys, not messages; an array literal inherits.
                let subscripted: Bool
                switch previous {
                case .identifier?, .punctuation(")")?, .punctuation("]")?, .punctuation("?")?, .punctuation("!")?: subscripted = true
                default: subscripted = false
                }
                frames.append(Frame(isCall: false, context: subscripted ? .plain : .inherit))
            case .punctuation("{"):
                frames.append(Frame(isCall: false, context: pendingBody ?? .inherit))
                pendingBody = nil
            case .punctuation(")"), .punctuation("]"), .punctuation("}"):
                if frames.count > 1 { frames.removeLast() }
            case .punctuation(","):
                frames[frames.count - 1].label = nil
            case .punctuation(":"):
                if case .identifier(let label)? = previous { frames[frames.count - 1].label = label }
            case .identifier("Message"):
                // `-> Message {`, `var x: Message {`, `let x: Message = …`, `[(URL, Message)] = …`
                var next = index + 1
                while next < tokens.count, [.punctuation("?"), .punctuation(")"), .punctuation("]")].contains(tokens[next].kind) {
                    next += 1
                }
                if next < tokens.count, tokens[next].kind == .punctuation("{") { pendingBody = .message }
                if next < tokens.count, tokens[next].kind == .punctuation("=") { frames[frames.count - 1].declaration = true }
            case .identifier:
                break
            case .punctuation:
                if pendingBody != nil, token.kind != .punctuation("?") { pendingBody = nil }
            case .string(var literal):
                // `"…" + "…"` builds one key, as `Message.+` does.
                var back = index - 1
                while back > 0, tokens[back].kind == .newline { back -= 1 }
                if back > 0, tokens[back].kind == .punctuation("+") {
                    back -= 1
                    while back > 0, tokens[back].kind == .newline { back -= 1 }
                    if case .string = tokens[back].kind { continue }
                }
                var next = index + 1
                while true {
                    var look = next
                    while look < tokens.count, tokens[look].kind == .newline { look += 1 }
                    guard look < tokens.count, tokens[look].kind == .punctuation("+") else { break }
                    look += 1
                    while look < tokens.count, tokens[look].kind == .newline { look += 1 }
                    guard look < tokens.count, case .string(let more) = tokens[look].kind else { break }
                    literal.parts += more.parts
                    next = look + 1
                }
                let context = self.context(of: frames)
                if context == .message || context == .untranslated {
                    let key = literal.key
                    if key.contains(where: \.isLetter) {
                        if context == .message { keys.append(Found(key: key, line: token.line)) }
                        else { untranslated.append(Found(key: key, line: token.line)) }
                    }
                }
                for interpolation in literal.interpolations where !interpolation.isPlural {
                    walk(interpolation.tokens, frames: frames)
                }
            }
        }
    }

    private func context(ofCall callee: String?) -> Context {
        guard let callee else { return .inherit }
        if messageFunctions.contains(callee) { return .message }
        if Self.untranslatedFunctions.contains(callee) { return .untranslated }
        return .plain
    }

    private func context(of frames: [Frame]) -> Context {
        for frame in frames.reversed() {
            if let label = frame.label {
                if Self.plainLabels.contains(label) { return .plain }
                if Self.messageLabels.contains(label) { return .message }
                if Self.untranslatedLabels.contains(label) { return frame.callee == nil || frame.context != .message ? .untranslated : .message }
            }
            if frame.declaration { return .message }
            if frame.context != .inherit { return frame.context }
        }
        return .plain
    }
}
