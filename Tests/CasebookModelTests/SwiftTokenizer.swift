/// Just enough of Swift's lexical grammar to find string literals and what they are passed to:
/// identifiers, single punctuation characters, line ends and string literals (with their
/// interpolations tokenized in turn); comments are skipped.
struct SwiftTokenizer {
    enum Kind: Equatable {
        case identifier(String)
        case punctuation(Character)
        case string(Literal)
        case newline
    }

    struct Token: Equatable {
        var kind: Kind
        var line: Int
    }

    struct Interpolation: Equatable {
        var tokens: [Token]
        /// `\(plural: n, "one", "other")`: the forms, which go into the key.
        var pluralForms: [String]?
        var isPlural: Bool { pluralForms != nil }
    }

    /// A string literal: its text, with interpolations in their places.
    struct Literal: Equatable {
        enum Part: Equatable {
            case text(String)
            case interpolation(Interpolation)
        }

        var parts: [Part] = []

        var interpolations: [Interpolation] {
            parts.compactMap { if case .interpolation(let value) = $0 { return value } else { return nil } }
        }

        /// The key `Message` builds from this literal.
        var key: String {
            var key = ""
            var index = 0
            for part in parts {
                switch part {
                case .text(let text): key += text
                case .interpolation(let interpolation):
                    if let forms = interpolation.pluralForms { key += "{\(index)#\(forms.joined(separator: "|"))}" }
                    else { key += "{\(index)}" }
                    index += 1
                }
            }
            return key
        }

        /// The text when there is no interpolation.
        var plainText: String? { parts.count <= 1 ? key : nil }

        mutating func append(_ character: Character) {
            if case .text(let text)? = parts.last { parts[parts.count - 1] = .text(text + String(character)) }
            else { parts.append(.text(String(character))) }
        }
    }

    private let characters: [Character]
    private var index = 0
    private var line = 1

    init(_ source: String) { characters = Array(source) }

    func tokens() -> [Token] {
        var copy = self
        return copy.tokens(untilClosingParenthesis: false)
    }

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    private func startsWith(_ text: String) -> Bool {
        var offset = 0
        for character in text {
            guard peek(offset) == character else { return false }
            offset += 1
        }
        return true
    }

    private mutating func tokens(untilClosingParenthesis: Bool) -> [Token] {
        var tokens: [Token] = []
        var depth = 0
        while let character = peek() {
            if startsWith("//") {
                while let next = peek(), next != "\n" { index += 1 }
            } else if startsWith("/*") {
                skipBlockComment()
            } else if character == "\n" {
                tokens.append(Token(kind: .newline, line: line))
                line += 1
                index += 1
            } else if character == "\"" || (character == "#" && rawStringStarts()) {
                let start = line
                tokens.append(Token(kind: .string(stringLiteral()), line: start))
            } else if character.isLetter || character == "_" || character == "$" || character == "`" {
                var name = ""
                while let next = peek(), next.isLetter || next.isNumber || next == "_" || next == "$" || next == "`" {
                    if next != "`" { name.append(next) }
                    index += 1
                }
                tokens.append(Token(kind: .identifier(name), line: line))
            } else if character.isWhitespace || character.isNumber {
                index += 1
            } else {
                if untilClosingParenthesis {
                    if character == "(" { depth += 1 }
                    if character == ")" {
                        if depth == 0 {
                            index += 1
                            return tokens
                        }
                        depth -= 1
                    }
                }
                tokens.append(Token(kind: .punctuation(character), line: line))
                index += 1
            }
        }
        return tokens
    }

    private mutating func skipBlockComment() {
        var depth = 0
        while peek() != nil {
            if startsWith("/*") {
                depth += 1
                index += 2
            } else if startsWith("*/") {
                depth -= 1
                index += 2
                if depth == 0 { return }
            } else {
                if peek() == "\n" { line += 1 }
                index += 1
            }
        }
    }

    private func rawStringStarts() -> Bool {
        var offset = 0
        while peek(offset) == "#" { offset += 1 }
        return peek(offset) == "\""
    }

    /// Reads a literal from its opening quote: `"…"`, `"""…"""` or `#"…"#`.
    private mutating func stringLiteral() -> Literal {
        var hashes = 0
        while peek() == "#" {
            hashes += 1
            index += 1
        }
        let multiline = startsWith("\"\"\"")
        index += multiline ? 3 : 1
        let delimiter = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var indent = 0
        if multiline {
            while let next = peek(), next != "\n" { index += 1 }
            index += 1
            line += 1
            indent = closingIndent(delimiter)
            index += indent
        }
        var literal = Literal()
        while let character = peek() {
            if startsWith(delimiter) {
                index += delimiter.count
                return literal
            }
            if startsWith(escape) {
                index += escape.count
                let next = peek()
                index += 1
                switch next {
                case "(": literal.parts.append(.interpolation(interpolation()))
                case "n": literal.append("\n")
                case "t": literal.append("\t")
                case "r": literal.append("\r")
                case "0": literal.append("\0")
                case "u":
                    var digits = ""
                    index += 1
                    while let digit = peek(), digit != "}" {
                        digits.append(digit)
                        index += 1
                    }
                    index += 1
                    if let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) { literal.append(Character(scalar)) }
                case "\n":
                    // A line continuation: the line break is not part of the text.
                    line += 1
                    index += indent
                case let other?: literal.append(other)
                case nil: return literal
                }
                continue
            }
            index += 1
            if character == "\n" {
                line += 1
                var offset = 0
                while peek(offset) == " " || peek(offset) == "\t" { offset += 1 }
                var after = self
                after.index += offset
                if multiline && after.startsWith(delimiter) {
                    index += offset + delimiter.count
                    return literal
                }
                index += min(indent, offset)
            }
            literal.append(character)
        }
        return literal
    }

    /// The indentation of the line that closes a multi-line literal, which every line loses.
    private func closingIndent(_ delimiter: String) -> Int {
        var probe = self
        var lineStart = probe.index
        while probe.peek() != nil {
            if probe.peek() == "\n" {
                lineStart = probe.index + 1
            } else if probe.startsWith(delimiter) {
                return probe.index - lineStart
            }
            probe.index += 1
        }
        return 0
    }

    private mutating func interpolation() -> Interpolation {
        let tokens = tokens(untilClosingParenthesis: true)
        var forms: [String]?
        if tokens.count >= 2, tokens[0].kind == .identifier("plural"), tokens[1].kind == .punctuation(":") {
            forms = tokens.compactMap { token in
                if case .string(let literal) = token.kind { return literal.plainText } else { return nil }
            }
        }
        return Interpolation(tokens: tokens, pluralForms: forms)
    }
}
