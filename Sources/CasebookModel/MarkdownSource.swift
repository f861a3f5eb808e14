/// A Markdown body and where it stands in its file.
public struct MarkdownSource: Sendable, Hashable {
    public var text: String
    /// Path relative to the casebook folder (`content/cases/x.ru.md`).
    public var file: String
    /// File lines before the body's first line.
    public var lineOffset: Int

    public init(text: String, file: String, lineOffset: Int) {
        self.text = text
        self.file = file
        self.lineOffset = lineOffset
    }
}
