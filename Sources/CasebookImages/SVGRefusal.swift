/// Why an SVG file is not published, and where in it (1-based line and column as the XML
/// parser reports them, at the end of the construct).
public struct SVGRefusal: Sendable, Equatable, Error {
    public enum Reason: Sendable, Equatable {
        /// `<script>`, `<foreignObject>` and other elements that run code or embed HTML.
        case element(String)
        /// `onload`, `onclick`, …
        case eventAttribute(String)
        /// A reference to anything outside the file: `href`, `xlink:href`, `url(…)`, in `attribute`.
        case externalReference(String, attribute: String)
        /// `@import` in a style sheet.
        case styleImport
        /// A backslash escape in CSS, which could spell `url(` in a way no check sees.
        case styleEscape
        /// `<!ENTITY …>`: its text would be substituted where no check sees it.
        case entityDeclaration(String)
        /// Not well-formed XML: the parser's own words.
        case malformed(String)
    }

    public var reason: Reason
    public var line: Int
    public var column: Int

    public init(_ reason: Reason, line: Int, column: Int) {
        self.reason = reason
        self.line = line
        self.column = column
    }
}
