/// A heading of a rendered body and the id it was given.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int
}
