/// One piece of a template's text as `TemplateParser` reads it, before the standalone-line
/// rules and the nesting of sections are applied.
enum TemplateToken {
    /// Text without a line break, as a range of the template's bytes.
    case text(Range<Int>)
    /// `\n` or `\r\n`.
    case newline(Range<Int>)
    case tag(Tag)
    /// A line of the template starts here: only in a template parsed to be included on
    /// indented lines, where the indentation goes (see `TemplateParser.indentable`).
    case indent

    /// A tag: `{{name}}`, `{{#name}}`, `{{> partial}}`, `{{! comment }}`…
    struct Tag {
        enum Kind: Equatable {
            case variable(escaped: Bool)
            case section, inverted, close, partial, comment, delimiters
        }

        var kind: Kind
        /// The name, trimmed (empty for comments and delimiter changes).
        var name: String
        /// Byte offset of the opening delimiter, for error locations.
        var offset: Int
        /// The white space before a partial that stands alone on its line, which every line of
        /// the partial gets; nil for a partial inside a line.
        var indentation: [UInt8]?

        /// Tags that the standalone-line rules remove together with their line (Mustache spec).
        var canStandAlone: Bool {
            if case .variable = kind { return false }
            return true
        }
    }
}
