import CasebookModel
import CasebookMarkdown

/// A body rendered for one page: HTML with links resolved and generated blocks filled in.
struct RenderedBody {
    var html: String
    var headings: [MarkdownHeading]
    var plainText: String
}

/// Renders document bodies for pages, collecting every diagnostic and every media file used.
struct BodyRenderer {
    var site: Site
    var diagnostics = Diagnostics()
    var media = Set<String>()
    /// Ids the layout uses; headings never take them.
    static let reservedIDs: Set<String> = ["main", "content", "top", "nav", "search", "filters", "footnotes", "facts"]

    /// Ids of the page around the body (from the theme's templates).
    var themeIDs: Set<String> = []

    init(site: Site, themeIDs: Set<String> = []) {
        self.site = site
        self.themeIDs = themeIDs
    }

    mutating func render(_ body: MarkdownSource, language: String, pagePath: String, footnotePrefix: String = "",
                         topHeadingLevel: Int = 2, directives: DirectiveRenderer) -> RenderedBody {
        var resolver = LinkResolver(site: site, language: language, pagePath: pagePath, sourceFile: body.file)
        let rendered = MarkdownConverter.render(body.text, lineOffset: body.lineOffset, reservedIDs: Self.reservedIDs.union(themeIDs),
                                                footnotePrefix: footnotePrefix, topHeadingLevel: topHeadingLevel) { resolver.resolve($0) }
        diagnostics.append(contentsOf: resolver.diagnostics)
        media.formUnion(resolver.media)
        for dropped in rendered.droppedHTML {
            diagnostics.warning(SourceLocation(file: body.file, line: dropped.line, column: dropped.column),
                                "raw HTML is not passed through and was dropped: '\(dropped.snippet)'",
                                note: "write it in Markdown instead")
        }
        // cmark-gfm writes this label in English whatever the page's language.
        var html = rendered.html.replacingOccurrences(of: "aria-label=\"Back to content\"",
                                                      with: "aria-label=\"\(HTML.escape(directives.strings["footnote_back"]))\"")
        // Wide tables scroll sideways on phones; the scrolling box must be reachable by keyboard.
        // Each box is a region, so each needs its own name: "Table 1", "Table 2", …
        if html.contains("<table>") {
            let pieces = html.components(separatedBy: "<table>")
            html = pieces[0]
            for (index, piece) in pieces.dropFirst().enumerated() {
                html += HTML.scrollableTableStart(label: "\(directives.strings["table"]) \(index + 1)") + piece
            }
            html = html.replacingOccurrences(of: "</table>", with: "</table></div>")
        }
        if !rendered.directives.isEmpty {
            var local = directives
            var withLabels = rendered
            withLabels.html = html
            html = withLabels.html(replacingDirectives: { index in
                let directive = rendered.directives[index]
                if directive.name == "notes" {
                    return "<div class=\"notes\" role=\"note\" aria-label=\"\(HTML.escape(local.strings["speaker_notes"]))\">"
                        + directive.content.split(separator: "\n\n").map { "<p>\(HTML.escape(String($0)))</p>" }.joined() + "</div>"
                }
                return local.render(directive, file: body.file, pagePath: pagePath)
            })
            diagnostics.append(contentsOf: local.diagnostics)
        }
        return RenderedBody(html: html, headings: rendered.headings, plainText: rendered.plainText)
    }
}
