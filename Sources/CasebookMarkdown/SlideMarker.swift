/// The paragraph a top-level thematic break of a deck is replaced with before rendering, so
/// the HTML can be cut into slides; like `DirectiveMarker`, it cannot come from an author.
enum SlideMarker {
    static let token = "\u{1}casebook-slide\u{1}"
    static let paragraph = "<p>\(token)</p>\n"
    /// Stands between two top-level blocks of a slide, so the renderer can lay them out.
    static let blockToken = "\u{1}casebook-block\u{1}"
    static let blockParagraph = "<p>\(blockToken)</p>\n"
}
