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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingTrailingSpaces() == "---" }) == true else {
            return .failure(.error(SourceLocation(file: file, line: 1, column: 1),
                                   "no front matter: the file must start with a '---' line, then YAML fields, then another '---' line"))
        }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces()
            return line == "---" || line == "..."
        }) else {
            return .failure(.error(SourceLocation(file: file, line: 1, column: 1),
                                   "front matter is not closed: add a '---' line after the last field"))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(Parts(yaml: yaml, yamlLineOffset: 1, body: body, bodyLineOffset: close + 1))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
