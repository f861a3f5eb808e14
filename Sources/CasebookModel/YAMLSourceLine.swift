import Foundation

/// One line of YAML text as a person wrote it, taken apart the way a field is written:
/// `  - key: value`. Columns are 1-based and count Unicode scalars, as libyaml's do.
struct YAMLSourceLine {
    /// 1-based number of the line in the YAML text.
    var number: Int
    var text: Substring
    /// Spaces before the first character.
    var indent: Int
    /// Whether the line is a list item (`- …`).
    var isListItem: Bool
    /// The field's name and its column, when the line has `name:` followed by a space or its end.
    var key: String?
    var keyColumn: Int
    /// What follows `name: ` (without trailing spaces), and its column.
    var value: Substring
    var valueColumn: Int

    init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        let scalars = text.unicodeScalars
        indent = scalars.prefix { $0 == " " }.count
        var rest = scalars.dropFirst(indent)
        isListItem = rest.first == "-" && (rest.count == 1 || rest.dropFirst().first == " ")
        if isListItem { rest = rest.dropFirst().drop { $0 == " " } }
        keyColumn = scalars.distance(from: scalars.startIndex, to: rest.startIndex) + 1
        key = nil
        value = ""
        valueColumn = keyColumn
        guard let first = rest.first, !"\"'[{#-?&*!|>%@`".unicodeScalars.contains(first) else { return }
        var index = rest.startIndex
        while index < rest.endIndex {
            let next = rest.index(after: index)
            if rest[index] == ":", next == rest.endIndex || rest[next] == " " {
                key = String(String.UnicodeScalarView(rest[rest.startIndex..<index]))
                let valueStart = rest[next...].firstIndex { $0 != " " } ?? rest.endIndex
                var valueEnd = rest.endIndex
                while valueEnd > valueStart, rest[rest.index(before: valueEnd)] == " " { valueEnd = rest.index(before: valueEnd) }
                value = Substring(String(String.UnicodeScalarView(rest[valueStart..<valueEnd])))
                valueColumn = scalars.distance(from: scalars.startIndex, to: valueStart) + 1
                return
            }
            if rest[index] == " ", next < rest.endIndex, rest[next] == "#" { return }
            index = next
        }
    }

    /// Whether the value starts with a quote that the line does not close.
    var hasUnclosedQuote: Bool {
        let scalars = value.unicodeScalars
        guard key != nil, let quote = scalars.first, quote == "\"" || quote == "'" else { return false }
        var index = scalars.index(after: scalars.startIndex)
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if quote == "\"", scalars[index] == "\\" {
                index = next < scalars.endIndex ? scalars.index(after: next) : next
                continue
            }
            if scalars[index] == quote {
                // In single quotes, '' is a quote inside the value.
                if quote == "'", next < scalars.endIndex, scalars[next] == "'" { index = scalars.index(after: next); continue }
                return false
            }
            index = next
        }
        return true
    }

    /// Whether the line holds nothing for YAML: blank or a comment.
    var isEmpty: Bool {
        let content = text.unicodeScalars.drop { $0 == " " }
        return content.isEmpty || content.first == "#"
    }

    /// The line without its indentation, shortened for a message.
    var excerpt: String {
        let content = String(String.UnicodeScalarView(text.unicodeScalars.drop { $0 == " " }))
        return content.count > 40 ? content.prefix(39) + "…" : content
    }

    /// The character at 1-based `column`, if the line is that long.
    func character(at column: Int) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        guard column >= 1, column <= scalars.count else { return nil }
        return scalars[scalars.index(scalars.startIndex, offsetBy: column - 1)]
    }

    /// The field written again with its value in double quotes: `title: "Детсад: новый"`;
    /// a long value is shortened with "…".
    var quoted: String {
        var text = String(value)
        if text.count > 60 { text = text.prefix(59) + "…" }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\(key ?? ""): \"\(escaped)\""
    }
}
