/// A fenced block whose info string names a directive (`casebook`, `notes`).
public struct MarkdownDirective: Sendable, Hashable {
    /// The info string's first word.
    public var name: String
    /// The block's literal content.
    public var content: String
    /// 1-based line of the opening fence in the whole file.
    public var line: Int
    public var column: Int
}
