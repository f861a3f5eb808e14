/// The text a directive block is replaced with before rendering; it cannot be typed by an
/// author because it holds a control character that Markdown text never keeps.
enum DirectiveMarker {
    static let token = "\u{1}casebook-directive\u{1}"
    static let openingParagraph: StaticString = "<p>\u{1}casebook-directive\u{1}"
    static let closingParagraph: StaticString = "\u{1}casebook-directive\u{1}</p>"
}
