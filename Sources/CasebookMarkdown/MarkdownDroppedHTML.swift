/// A place where raw HTML was written and dropped (safe mode).
public struct MarkdownDroppedHTML: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var snippet: String
}
