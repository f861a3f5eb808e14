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

    init(site: Site) { self.site = site }

    mutating func render(_ body: MarkdownSource, language: String, pagePath: String, footnotePrefix: String = "",
                         directives: DirectiveRenderer) -> RenderedBody {
        var resolver = LinkResolver(site: site, language: language, pagePath: pagePath, sourceFile: body.file)
        // Made while cmark's HTML is post-processed: cmark-gfm writes the footnote label in English
        // whatever the page's language, and wide tables scroll sideways on phones in a box
        // reachable by keyboard.
        let replacements = [
            ("aria-label=\"Back to content\"", "aria-label=\"\(HTML.escape(directives.strings["footnote_back"]))\""),
            ("<table>", HTML.scrollableTableStart(label: directives.strings["table"])),
            ("</table>", "</table></div>"),
        ]
        let rendered = MarkdownConverter.render(body.text, lineOffset: body.lineOffset, reservedIDs: Self.reservedIDs,
                                                footnotePrefix: footnotePrefix, tagReplacements: replacements) { resolver.resolve($0) }
        diagnostics.append(contentsOf: resolver.diagnostics)
        media.formUnion(resolver.media)
        for dropped in rendered.droppedHTML {
            diagnostics.warning(SourceLocation(file: body.file, line: dropped.line, column: dropped.column),
                                "raw HTML is not passed through and was dropped: '\(dropped.snippet)'",
                                note: "write it in Markdown instead")
        }
        var html = rendered.html
        if !rendered.directives.isEmpty {
            var local = directives
            var withLabels = rendered
            withLabels.html = html
            html = withLabels.html(replacingDirectives: { index in
                let directive = rendered.directives[index]
                if directive.name == "notes" {
                    return "<aside class=\"notes\" aria-label=\"\(HTML.escape(local.strings["speaker_notes"]))\">"
                        + directive.content.split(separator: "\n\n").map { "<p>\(HTML.escape(String($0)))</p>" }.joined() + "</aside>"
                }
                return local.render(directive, file: body.file, pagePath: pagePath)
            })
            diagnostics.append(contentsOf: local.diagnostics)
        }
        return RenderedBody(html: html, headings: rendered.headings, plainText: rendered.plainText)
    }
}
