import CasebookModel

/// Changes single fields of a Markdown file's front matter in place, line by line: one
/// scalar's text is replaced and everything else (other fields, comments, spacing, the body)
/// stays byte for byte. Only block-style fields written on one line can be edited; any other
/// shape is a `Problem` naming the field, left for a person to edit.
struct FrontMatterEditor {
    /// The file's lines without their `\n`; a CRLF file keeps its `\r` at each line's end.
    private var lines: [String]
    /// Index of the closing `---` line.
    private var closing: Int
    private let crlf: Bool

    init(text: String) throws(Problem) {
        // Split on scalars: as Characters, a CRLF pair is one character and not "\n".
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        guard let first = lines.first, Self.content(first).trimmingTrailingBlanks() == "---",
              let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(Self.content(lines[$0]).trimmingTrailingBlanks()) })
        else { throw Problem("no front matter between '---' lines") }
        self.lines = lines
        closing = end
        crlf = first.hasSuffix("\r")
    }

    var text: String { lines.joined(separator: "\n") }

    /// Sets `path` (a top-level key, or `parent.key` inside a block mapping) to `value`,
    /// which must already be YAML. A missing top-level key is added: in place of a line that
    /// comments it out (`# key: …`) when `uncommenting`, else as the last field.
    mutating func set(_ path: [String], to value: String, uncommenting: Bool = false) throws(Problem) {
        if let index = try line(of: path) {
            try replaceValue(inLine: index, path: path, with: value)
            return
        }
        guard path.count == 1 else { throw Problem("'\(path.joined(separator: "."))' is not in the file") }
        let key = path[0]
        if uncommenting, let index = (1..<closing).first(where: { lines[$0].hasPrefix("#") && Self.keyEnd(Self.content(lines[$0]), key: key, commented: true) != nil }) {
            lines[index] = String(lines[index].drop { $0 == "#" || $0 == " " })
            try replaceValue(inLine: index, path: path, with: value)
            return
        }
        lines.insert("\(key): \(value)" + (crlf ? "\r" : ""), at: closing)
        closing += 1
    }

    /// Removes the line of a top-level key written on one line; nothing if it is not there.
    mutating func remove(_ key: String) throws(Problem) {
        guard let index = try line(of: [key]) else { return }
        _ = try valueRange(inLine: index, path: [key])
        lines.remove(at: index)
        closing -= 1
    }

    /// YAML for a text: double-quoted, so that no text reads as a number, a date or a comment.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // MARK: - Finding lines and values

    private static func content(_ line: String) -> Substring {
        line.hasSuffix("\r") ? line.dropLast() : Substring(line)
    }

    private static func indent(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }

    private static func isBlankOrComment(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty || trimmed.hasPrefix("#")
    }

    /// Where the `:` after `key` ends, when the line (after its indentation, or after `# ` when
    /// `commented`) starts with `key:`.
    private static func keyEnd(_ line: Substring, key: String, commented: Bool = false) -> String.Index? {
        var rest = line.drop { $0 == " " }
        if commented {
            guard rest.hasPrefix("#") else { return nil }
            rest = rest.dropFirst().drop { $0 == " " }
        }
        guard rest.hasPrefix(key) else { return nil }
        rest = rest.dropFirst(key.count).drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        let after = rest.index(after: rest.startIndex)
        guard after == rest.endIndex || rest[after] == " " || rest[after] == "\t" else { return nil }
        return after
    }

    /// The line holding `path`, nil if the key is not written.
    private func line(of path: [String]) throws(Problem) -> Int? {
        let top = (1..<closing).first { Self.indent(Self.content(lines[$0])) == 0 && Self.keyEnd(Self.content(lines[$0]), key: path[0]) != nil }
        guard let top, path.count > 1 else { return top }
        let parentLine = Self.content(lines[top])
        let rest = parentLine[Self.keyEnd(parentLine, key: path[0])!...].drop { $0 == " " || $0 == "\t" }
        guard rest.isEmpty || rest.hasPrefix("#") else {
            throw Problem("'\(path[0])' is not written as one field per line; write it so or change '\(path.joined(separator: "."))' by hand")
        }
        var index = top + 1
        while index < closing {
            let line = Self.content(lines[index])
            if !Self.isBlankOrComment(line) {
                if Self.indent(line) == 0 { break }
                if Self.keyEnd(line, key: path[1]) != nil { return index }
            }
            index += 1
        }
        return nil
    }

    /// The value's characters in the line: one scalar, plain or quoted, on this line alone.
    private func valueRange(inLine index: Int, path: [String]) throws(Problem) -> Range<String.Index> {
        let line = Self.content(lines[index])
        let name = path.joined(separator: ".")
        var start = Self.keyEnd(line, key: path.last!)!
        while start < line.endIndex, line[start] == " " || line[start] == "\t" { start = line.index(after: start) }
        var end = start
        let cannot = Problem("cannot change '\(name)': its value is not written on one line; change it by hand")
        if start < line.endIndex, line[start] == "\"" || line[start] == "'" {
            let quote = line[start]
            var position = line.index(after: start)
            var closed = false
            while position < line.endIndex {
                let character = line[position]
                position = line.index(after: position)
                if quote == "\"" && character == "\\" {
                    if position < line.endIndex { position = line.index(after: position) }
                } else if character == quote {
                    if quote == "'", position < line.endIndex, line[position] == "'" {
                        position = line.index(after: position)
                    } else {
                        closed = true
                        break
                    }
                }
            }
            guard closed else { throw cannot }
            end = position
        } else if start < line.endIndex, "|>[{&*!".contains(line[start]) {
            throw cannot
        } else {
            // A plain scalar ends at ` #` or at the line's end.
            var position = start
            while position < line.endIndex {
                if line[position] == "#", position > start, line[line.index(before: position)] == " " || line[line.index(before: position)] == "\t" { break }
                position = line.index(after: position)
            }
            end = position
            while end > start, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" { end = line.index(before: end) }
        }
        // A more-indented line after it continues the value (a plain scalar or a block).
        if index + 1 < closing {
            let next = Self.content(lines[index + 1])
            if !Self.isBlankOrComment(next), Self.indent(next) > Self.indent(line) { throw cannot }
        }
        return start..<end
    }

    private mutating func replaceValue(inLine index: Int, path: [String], with value: String) throws(Problem) {
        let range = try valueRange(inLine: index, path: path)
        // `range` indexes this very string value: the content is a slice of it.
        var whole = lines[index]
        let content = Self.content(whole)
        var replacement = value
        if range.isEmpty {
            // `key:` alone, or `key:   # comment`: one space before the value, one before the comment.
            if range.lowerBound == Self.keyEnd(content, key: path.last!)! { replacement = " " + value }
            if range.lowerBound < content.endIndex { replacement += " " }
        }
        whole.replaceSubrange(range, with: replacement)
        lines[index] = whole
    }
}

private extension Substring {
    func trimmingTrailingBlanks() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
