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

/// A heading of a rendered body and the id it was given.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int
}

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

/// A place where raw HTML was written and dropped (safe mode).
public struct MarkdownDroppedHTML: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var snippet: String
}
