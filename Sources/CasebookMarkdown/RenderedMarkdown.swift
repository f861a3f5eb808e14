import CasebookSupport
/// The result of rendering one Markdown body: HTML plus what was found in it.
public struct RenderedMarkdown: Sendable {
    /// HTML with one placeholder per `casebook` directive (see `html(replacingDirectives:)`),
    /// as UTF-8: a page takes the bytes as they are, with no String to check and copy.
    public var htmlBytes: [UInt8]
    /// `htmlBytes` as text.
    public var html: String {
        get { String(decoding: htmlBytes, as: UTF8.self) }
        set { htmlBytes = Array(newValue.utf8) }
    }
    public var headings: [MarkdownHeading]
    public var references: [MarkdownReference]
    /// `casebook` blocks in document order; placeholder N stands for `directives[N]`.
    public var directives: [MarkdownDirective]
    public var droppedHTML: [MarkdownDroppedHTML]
    /// The body as plain text (for search), UTF-8, without white space at its ends.
    public var plainTextBytes: [UInt8]
    /// `plainTextBytes` as text.
    public var plainText: String { String(decoding: plainTextBytes, as: UTF8.self) }

    /// The placeholder left in `html` where directive `index` stood.
    public static func placeholder(_ index: Int) -> String {
        "<!--casebook-directive:\(index)-->"
    }

    /// The HTML with every directive placeholder replaced by `replacement(index)`.
    public func html(replacingDirectives replacement: (Int) -> String) -> String {
        guard !directives.isEmpty else { return html }
        var result = html
        for index in directives.indices {
            result = result.replacingLiteral(RenderedMarkdown.placeholder(index), with: replacement(index))
        }
        return result
    }
}
