import Foundation
internal import CCmarkGFM

/// The one place that calls libcmark-gfm: parses a Markdown body with the GFM extensions,
/// reports what it found (headings, links, images, directive blocks, dropped raw HTML) and
/// renders HTML in safe mode.
///
/// libcmark-gfm is not safe to use from two threads at once (a parse flips a process-wide
/// table of special characters), so every call runs under one lock.
public enum MarkdownConverter {
    private static let lock = NSLock()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    /// Registering the core extensions mutates a global registry: do it once, before any use.
    private static let registered: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// Fence info strings that become directives instead of code blocks.
    public static let directiveNames: Set<String> = ["casebook", "notes"]

    /// Renders `source` (a body, LF or CRLF) to HTML.
    /// - Parameters:
    ///   - lineOffset: lines that precede the body in its file, so positions are file lines.
    ///   - reservedIDs: ids the surrounding page uses; headings never take them.
    ///   - footnotePrefix: prepended to footnote ids, for pages that hold several bodies.
    ///   - topHeadingLevel: the level the body's highest headings get (the page has the h1).
    ///   - rewrite: called for every link and image; a non-nil result replaces the destination.
    public static func render(
        _ source: String,
        lineOffset: Int = 0,
        reservedIDs: Set<String> = [],
        footnotePrefix: String = "",
        topHeadingLevel: Int = 2,
        rewrite: (MarkdownReference) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        convert(source, lineOffset: lineOffset, reservedIDs: reservedIDs, footnotePrefix: footnotePrefix,
                topHeadingLevel: topHeadingLevel, splitsSlides: false, rewrite: rewrite).rendered
    }

    /// Renders a deck body like `render` and cuts the HTML into slides at every thematic break
    /// that stands at the top level (`---` on its own line between blocks). Heading ids are
    /// unique across the whole deck, which is one HTML page.
    public static func renderDeck(
        _ source: String,
        lineOffset: Int = 0,
        reservedIDs: Set<String> = [],
        rewrite: (MarkdownReference) -> String? = { _ in nil }
    ) -> RenderedDeck {
        let (rendered, bounds, underlines) = convert(source, lineOffset: lineOffset, reservedIDs: reservedIDs,
                                                     footnotePrefix: "", topHeadingLevel: 2, splitsSlides: true,
                                                     rewrite: rewrite)
        var pieces = rendered.html.components(separatedBy: SlideMarker.paragraph)
        if pieces.count != bounds.count {
            // Cannot happen unless a marker came from elsewhere; keep every block in one slide.
            pieces = [pieces.joined()]
        }
        let slides = zip(pieces, bounds.prefix(pieces.count)).map { html, bound in
            let isEmpty = html.allSatisfy(\.isWhitespace)
            return MarkdownSlide(blocks: html.components(separatedBy: SlideMarker.blockParagraph),
                                 line: bound.firstBlockLine ?? max(1 + lineOffset, bound.startLine - 1),
                                 startLine: bound.startLine, endLine: pieces.count == bounds.count ? bound.endLine : nil,
                                 isEmpty: isEmpty)
        }
        var body = rendered
        body.html = slides.map(\.html).joined(separator: "<hr />\n")
        return RenderedDeck(body: body, slides: slides, headingUnderlines: underlines)
    }

    /// Parses and walks `source` under the lock, then renders and post-processes the HTML.
    private static func convert(
        _ source: String, lineOffset: Int, reservedIDs: Set<String>, footnotePrefix: String, topHeadingLevel: Int,
        splitsSlides: Bool, rewrite: (MarkdownReference) -> String?
    ) -> (rendered: RenderedMarkdown, slides: [SlideBounds], underlines: [MarkdownPosition]) {
        let text = source.contains("\r") ? source.replacingOccurrences(of: "\r\n", with: "\n") : source
        lock.lock()
        defer { lock.unlock() }
        _ = registered
        return withDocument(text) { document in
            var walker = TreeWalker(source: text, lineOffset: lineOffset, reservedIDs: reservedIDs,
                                    topHeadingLevel: topHeadingLevel)
            walker.splitsSlides = splitsSlides
            walker.walk(document, rewrite: rewrite)
            let options = CMARK_OPT_SAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
                | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
            guard let raw = cmark_render_html(document, Int32(options), nil) else {
                return (walker.result(html: ""), walker.slideBounds, walker.headingUnderlines)
            }
            defer { free(raw) }
            let html = HTMLPostProcessor(headingIDs: walker.headings.map(\.id), footnotePrefix: footnotePrefix)
                .process(String(cString: raw))
            return (walker.result(html: html), walker.slideBounds, walker.headingUnderlines)
        }
    }

    /// Parses `text` with every extension attached and hands the tree to `body`.
    private static func withDocument<T>(_ text: String, _ body: (OpaquePointer) -> T) -> T {
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        let parser = cmark_parser_new(Int32(options))!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        text.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        let document = cmark_parser_finish(parser)!
        defer { cmark_node_free(document) }
        return body(document)
    }
}
