import Foundation
internal import CCmarkGFM
import CasebookSupport

/// The one place that calls libcmark-gfm: parses a Markdown body with the GFM extensions,
/// reports what it found (headings, links, images, directive blocks, dropped raw HTML) and
/// renders HTML in safe mode.
///
/// libcmark-gfm is not safe to parse from two threads at once: `cmark_parser_finish` switches
/// the extensions' characters on and off in a process-wide table, so a parse running beside
/// another one can miss strikethrough and autolinks. Parsing (`feed` and `finish`) therefore
/// runs under one lock. Everything after it works on this call's own tree and runs
/// concurrently: the walk over the tree, the HTML renderer and the post-processing.
public enum MarkdownConverter {
    private static let lock = NSLock()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    /// Registering the core extensions mutates a global registry: do it once, before any use.
    /// The extensions found are kept, so no parse walks the registry again.
    private nonisolated(unsafe) static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()

    /// Fence info strings that become directives instead of code blocks.
    public static let directiveNames: Set<String> = ["casebook", "notes"]

    /// Registers the extensions now; call before rendering from several threads.
    public static func prepare() { _ = extensions }

    /// Renders `source` (a body, LF or CRLF) to HTML.
    /// - Parameters:
    ///   - lineOffset: lines that precede the body in its file, so positions are file lines.
    ///   - reservedIDs: ids the surrounding page uses; headings never take them.
    ///   - footnotePrefix: prepended to footnote ids, for pages that hold several bodies.
    ///   - topHeadingLevel: the level the body's highest headings get (the page has the h1).
    ///   - tagReplacements: text replaced inside the HTML's tags (e.g. `</table>`), in the same pass.
    ///   - tableStart: what replaces the n-th `<table>` tag (from 0), in the same pass.
    ///   - rewrite: called for every link and image; a non-nil result replaces the destination.
    public static func render(
        _ source: String,
        lineOffset: Int = 0,
        reservedIDs: Set<String> = [],
        footnotePrefix: String = "",
        topHeadingLevel: Int = 2,
        tagReplacements: [(String, String)] = [],
        tableStart: TableStart? = nil,
        rewrite: (MarkdownReference) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        convert(source, lineOffset: lineOffset, reservedIDs: reservedIDs, footnotePrefix: footnotePrefix,
                topHeadingLevel: topHeadingLevel, tagReplacements: tagReplacements, tableStart: tableStart,
                splitsSlides: false, rewrite: rewrite).rendered
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
                                                     footnotePrefix: "", topHeadingLevel: 2, tagReplacements: [],
                                                     tableStart: nil, splitsSlides: true, rewrite: rewrite)
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

    /// Parses `source` under the lock, then walks, renders and post-processes its own tree
    /// outside it.
    private static func convert(
        _ source: String, lineOffset: Int, reservedIDs: Set<String>, footnotePrefix: String, topHeadingLevel: Int,
        tagReplacements: [(String, String)], tableStart: TableStart?, splitsSlides: Bool, rewrite: (MarkdownReference) -> String?
    ) -> (rendered: RenderedMarkdown, slides: [SlideBounds], underlines: [MarkdownPosition]) {
        let text = source.containsLiteral("\r") ? source.replacingLiteral("\r\n", with: "\n") : source
        let document = parse(text)
        defer { cmark_node_free(document) }
        var walker = TreeWalker(source: text, lineOffset: lineOffset, reservedIDs: reservedIDs,
                                topHeadingLevel: topHeadingLevel)
        walker.splitsSlides = splitsSlides
        walker.walk(document, rewrite: rewrite)
        let options = CMARK_OPT_SAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
            | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        guard let raw = cmark_render_html(document, Int32(options), nil) else {
            return (walker.result(html: []), walker.slideBounds, walker.headingUnderlines)
        }
        defer { free(raw) }
        let html = HTMLPostProcessor(headingIDs: walker.headings.map(\.id), footnotePrefix: footnotePrefix,
                                     tagReplacements: tagReplacements, tableStart: tableStart?.html)
            .bytes(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw)))
        return (walker.result(html: html), walker.slideBounds, walker.headingUnderlines)
    }

    /// Parses `text` with every extension attached, under the lock; the caller frees the tree.
    private static func parse(_ text: String) -> OpaquePointer {
        let extensions = extensions
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        var text = text
        lock.lock()
        defer { lock.unlock() }
        let parser = cmark_parser_new(Int32(options))!
        defer { cmark_parser_free(parser) }
        for syntax in extensions {
            cmark_parser_attach_syntax_extension(parser, syntax)
        }
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        return cmark_parser_finish(parser)!
    }
}

/// What replaces the n-th `<table>` tag (from 0) of a rendered body. (A type of its own, not
/// a bare closure, so that a trailing closure of `render` is always its `rewrite`.)
public struct TableStart {
    public var html: (Int) -> String

    public init(_ html: @escaping (Int) -> String) {
        self.html = html
    }
}
