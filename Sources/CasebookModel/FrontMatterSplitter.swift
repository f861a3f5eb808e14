/// Splits a Markdown file into its YAML front matter and its body.
public enum FrontMatterSplitter {
    public struct Parts: Sendable, Equatable {
        /// The YAML text between the `---` lines.
        public var yaml: String
        /// File line of the first YAML line, minus one: add it to a YAML line to get a file line.
        public var yamlLineOffset: Int
        public var body: String
        /// File lines before the body's first line.
        public var bodyLineOffset: Int
    }

    /// `text` is LF-only (see `SourceText`).
    public static func split(_ text: String, file: String) -> Result<Parts, Diagnostic> {
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(.error(SourceLocation(file: file, line: 1, column: 1),
                                   "file is empty; it must start with front matter between '---' lines"))
        }
        // Lines are found on the UTF-8 bytes: splitting a whole body into Characters and joining
        // it again cost more than parsing its Markdown.
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes -> Result<Parts, Diagnostic> in
            // Parts are cut from `text` at byte offsets: a slice of valid text needs no validation.
            func part(_ range: Range<Int>) -> String {
                let utf8 = text.utf8
                return String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
            }
            var lineStart = 0
            var lineNumber = 0
            var yamlStart: Int?
            while lineStart <= bytes.count {
                let newline = (lineStart..<bytes.count).first { bytes[$0] == UInt8(ascii: "\n") } ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<newline])
                lineNumber += 1
                if let start = yamlStart {
                    if isFence(line, alsoDots: true) {
                        let yaml = part(start..<max(start, lineStart - 1))
                        let body = part(min(newline + 1, bytes.count)..<bytes.count)
                        return .success(Parts(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: lineNumber))
                    }
                } else {
                    guard isFence(line, alsoDots: false) else {
                        return .failure(.error(SourceLocation(file: file, line: 1, column: 1),
                                               "no front matter: the file must start with a '---' line, then YAML fields, then another '---' line"))
                    }
                    yamlStart = newline + 1
                }
                lineStart = newline + 1
            }
            return .failure(.error(SourceLocation(file: file, line: 1, column: 1),
                                   "front matter is not closed: add a '---' line after the last field"))
        }
    }

    /// Whether `line` is `---` (or `...`, which also closes YAML), trailing spaces and tabs allowed.
    private static func isFence(_ line: UnsafeBufferPointer<UInt8>, alsoDots: Bool) -> Bool {
        var end = line.count
        while end > 0, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end == 3 else { return false }
        let mark = line[0]
        guard mark == UInt8(ascii: "-") || (alsoDots && mark == UInt8(ascii: ".")) else { return false }
        return line[1] == mark && line[2] == mark
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
