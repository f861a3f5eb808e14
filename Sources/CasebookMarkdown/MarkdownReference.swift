/// A link or image destination found in a Markdown body, with where it stands.
public struct MarkdownReference: Sendable, Hashable {
    /// Whether the reference is a link or an image.
    public enum Kind: String, Sendable, Hashable { case link, image }

    public var kind: Kind
    /// The destination exactly as written (`../cases/x.md#part`, `media/a.png`).
    public var destination: String
    /// For images, the alternative text (plain text of the image description).
    public var text: String
    /// 1-based line in the whole file (front matter included).
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int

    public init(kind: Kind, destination: String, text: String, line: Int, column: Int) {
        self.kind = kind
        self.destination = destination
        self.text = text
        self.line = line
        self.column = column
    }
}
