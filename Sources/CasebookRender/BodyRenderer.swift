import Foundation
import CasebookModel
import CasebookMarkdown
import CasebookSupport

/// A body rendered for one page: HTML with links resolved and generated blocks filled in.
struct RenderedBody {
    /// The HTML as the page takes it (bytes, not checked again as a String).
    var bytes: RenderedHTML
    var html: String { bytes.renderText }
    var headings: [MarkdownHeading]
    /// The body's text (UTF-8) for the search index.
    var plainText: [UInt8]
}

/// Renders document bodies for pages, collecting every diagnostic and every media file used.
struct BodyRenderer {
    var site: Site
    var diagnostics = Diagnostics()
    var media = Set<String>()
    /// Ids the layout and the case page's charts use; headings never take them.
    static let reservedIDs: Set<String> = ["main", "content", "top", "nav", "search", "filters", "footnotes", "facts",
                                           "funding-chart", "beneficiaries-chart"]

    /// Ids of the page around the body (from the theme's templates).
    var themeIDs: Set<String> = [] { didSet { headingReservedIDs = Self.reservedIDs.union(themeIDs) } }
    /// Ids no heading of a body may take: the layout's and the theme's.
    private var headingReservedIDs: Set<String>

    init(site: Site, themeIDs: Set<String> = []) {
        self.site = site
        self.themeIDs = themeIDs
        headingReservedIDs = Self.reservedIDs.union(themeIDs)
    }

    mutating func render(_ body: MarkdownSource, language: String, pagePath: String, footnotePrefix: String = "",
                         topHeadingLevel: Int = 2, directives: DirectiveRenderer) -> RenderedBody {
        var resolver = LinkResolver(site: site, language: language, pagePath: pagePath, sourceFile: body.file)
        let tableLabel = directives.strings["table"]
        let rendered = MarkdownConverter.render(body.text, lineOffset: body.lineOffset, reservedIDs: headingReservedIDs,
                                                footnotePrefix: footnotePrefix, topHeadingLevel: topHeadingLevel,
                                                tagReplacements: Self.tagReplacements(directives.strings),
                                                tableStart: TableStart { HTML.scrollableTableStart(label: "\(tableLabel) \($0 + 1)") }) {
            resolver.resolve($0)
        }
        diagnostics.append(contentsOf: resolver.diagnostics)
        media.formUnion(resolver.media)
        reportDroppedHTML(rendered.droppedHTML, file: body.file)
        diagnostics.append(contentsOf: UnreadLinkFinder.diagnostics(html: rendered.htmlBytes, source: body))
        // Most bodies have no generated block: their bytes go to the page as cmark's were made.
        let html = rendered.directives.isEmpty && resolver.crossLanguage.isEmpty ? RenderedHTML(bytes: rendered.htmlBytes)
            : RenderedHTML(bytes: Array(resolver.crossLanguage.marking(
                fillDirectives(rendered.html, directives: rendered.directives, file: body.file, pagePath: pagePath,
                               renderer: directives), strings: directives.strings).utf8))
        return RenderedBody(bytes: html, headings: rendered.headings, plainText: rendered.plainTextBytes)
    }

    mutating func reportDroppedHTML(_ dropped: [MarkdownDroppedHTML], file: String) {
        for item in dropped {
            diagnostics.warning(SourceLocation(file: file, line: item.line, column: item.column),
                                "raw HTML is not passed through and was dropped: '\(item.snippet)'",
                                note: "write it in Markdown instead")
        }
    }

    /// The rendered HTML made ready for a page: translated labels, keyboard-scrollable tables,
    /// generated blocks and speaker notes in place of their placeholders. `tables` counts the
    /// tables of the page so far (a deck's slides are finished one block at a time).
    mutating func finish(_ rendered: String, directives found: [MarkdownDirective], file: String, pagePath: String,
                         renderer directives: DirectiveRenderer, tables: inout Int) -> String {
        var html = rendered.replacingLiterals(Self.tagReplacements(directives.strings))
        // Wide tables scroll sideways on phones; the scrolling box must be reachable by keyboard.
        // Each box is a region, so each needs its own name: "Table 1", "Table 2", …
        if html.containsLiteral("<table>") {
            let label = directives.strings["table"]
            html = html.replacingLiteral("<table>") { _ in
                tables += 1
                return HTML.scrollableTableStart(label: "\(label) \(tables)")
            }
        }
        return fillDirectives(html, directives: found, file: file, pagePath: pagePath, renderer: directives)
    }

    /// What `finish` and the post-processing of a page body replace inside cmark's tags:
    /// cmark-gfm writes the footnotes' back label in English whatever the page's language, and
    /// every table is closed inside its scrolling box.
    static func tagReplacements(_ strings: UIStrings) -> [(String, String)] {
        [("aria-label=\"Back to content\"", "aria-label=\"\(HTML.escape(strings["footnote_back"]))\""),
         ("</table>", "</table></div>")]
    }

    /// The HTML with every directive placeholder replaced by its block (or speaker notes).
    mutating func fillDirectives(_ html: String, directives found: [MarkdownDirective], file: String, pagePath: String,
                                 renderer directives: DirectiveRenderer) -> String {
        guard !found.isEmpty, html.containsLiteral("<!--casebook-directive:") else { return html }
        var html = html
        var local = directives
        for index in found.indices {
            let placeholder = RenderedMarkdown.placeholder(index)
            guard html.containsLiteral(placeholder) else { continue }
            let directive = found[index]
            let replacement: String
            if directive.name == "notes" {
                replacement = "<div class=\"notes\" role=\"note\" aria-label=\"\(HTML.escape(local.strings["speaker_notes"]))\">"
                    + directive.content.components(separatedBy: "\n\n")
                        .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                        .map { "<p>\(HTML.escape($0))</p>" }.joined() + "</div>"
            } else {
                replacement = local.render(directive, file: file, pagePath: pagePath)
            }
            html = html.replacingLiteral(placeholder, with: replacement)
        }
        diagnostics.append(contentsOf: local.diagnostics)
        return html
    }
}
