/// A deck body rendered and cut into slides at its top-level thematic breaks.
public struct RenderedDeck: Sendable {
    /// The whole body, as `MarkdownConverter.render` gives it (slides joined by `<hr />`):
    /// headings, references, directives and dropped HTML of every slide.
    public var body: RenderedMarkdown
    /// The slides in order, empty ones included (the renderer decides what to do with them).
    public var slides: [MarkdownSlide]
    /// Lines where `---` stands right under a line of text: Markdown makes that text a
    /// heading (setext), so the author who meant a slide break gets none.
    public var headingUnderlines: [MarkdownPosition]
}

/// One slide of a deck: its HTML (with directive placeholders) and where it starts.
public struct MarkdownSlide: Sendable, Hashable {
    /// HTML of the slide's top-level blocks, one string each; placeholder N stands for the
    /// deck's `directives[N]`.
    public var blocks: [String]
    /// The blocks joined: the slide's HTML.
    public var html: String { blocks.joined() }
    /// File line of the slide's first block; for an empty slide, the line of the break before it.
    public var line: Int
    /// File line just after the break that opens the slide (the body's first line for the first slide).
    public var startLine: Int
    /// File line of the break that ends the slide, or nil for the last slide.
    public var endLine: Int?
    /// Whether the slide holds no block at all (two breaks in a row, a break at the start or end).
    public var isEmpty: Bool

    public init(blocks: [String], line: Int, startLine: Int, endLine: Int?, isEmpty: Bool) {
        self.blocks = blocks
        self.line = line
        self.startLine = startLine
        self.endLine = endLine
        self.isEmpty = isEmpty
    }

    /// Whether something found at file line `line` belongs to this slide.
    public func contains(line other: Int) -> Bool {
        other >= startLine && endLine.map { other < $0 } ?? true
    }
}

/// A 1-based file line and character column.
public struct MarkdownPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
