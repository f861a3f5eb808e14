/// The paragraph a top-level thematic break of a deck is replaced with before rendering, so
/// the HTML can be cut into slides; like `DirectiveMarker`, it cannot come from an author.
enum SlideMarker {
    static let token = "\u{1}casebook-slide\u{1}"
    static let paragraph = "<p>\(token)</p>\n"
    /// Stands between two top-level blocks of a slide, so the renderer can lay them out.
    static let blockToken = "\u{1}casebook-block\u{1}"
    static let blockParagraph = "<p>\(blockToken)</p>\n"
}

/// Where one slide lies in its file, as found by `TreeWalker` (file lines).
struct SlideBounds {
    /// The line just after the break that opens the slide.
    var startLine: Int
    /// The line of the slide's first block, if it has one.
    var firstBlockLine: Int?
    /// The line of the break that closes the slide; nil for the last one.
    var endLine: Int?

    init(startLine: Int) { self.startLine = startLine }
}
