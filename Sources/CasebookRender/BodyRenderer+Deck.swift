import CasebookModel
import CasebookMarkdown

/// One slide of a deck body, made ready like a page body (links resolved, blocks filled in).
struct RenderedSlide {
    /// The HTML of each top-level block of the slide.
    var blocks: [String]
    /// File line of the slide's first block, for diagnostics.
    var line: Int
    /// The slide's headings (ids unique across the deck).
    var headings: [MarkdownHeading]
}

extension BodyRenderer {
    /// Renders a deck body and returns its slides; empty slides are left out (with a warning
    /// when they stand between two others), and a `---` that made a heading is reported.
    mutating func renderDeck(_ body: MarkdownSource, language: String, pagePath: String, reservedIDs: Set<String>,
                             directives: DirectiveRenderer) -> [RenderedSlide] {
        var resolver = LinkResolver(site: site, language: language, pagePath: pagePath, sourceFile: body.file)
        let deck = MarkdownConverter.renderDeck(body.text, lineOffset: body.lineOffset,
                                                reservedIDs: reservedIDs.union(themeIDs)) { resolver.resolve($0) }
        diagnostics.append(contentsOf: resolver.diagnostics)
        media.formUnion(resolver.media)
        reportDroppedHTML(deck.body.droppedHTML, file: body.file)
        for underline in deck.headingUnderlines {
            diagnostics.warning(SourceLocation(file: body.file, line: underline.line, column: underline.column),
                                "this '---' right under a line of text makes that text a heading, not a new slide",
                                note: "leave a blank line above '---' to start a new slide")
        }
        let firstFull = deck.slides.firstIndex { !$0.isEmpty }
        let lastFull = deck.slides.lastIndex { !$0.isEmpty }
        var slides: [RenderedSlide] = []
        var tables = 0
        for (index, slide) in deck.slides.enumerated() {
            if slide.isEmpty {
                if let firstFull, let lastFull, index > firstFull, index < lastFull {
                    diagnostics.warning(SourceLocation(file: body.file, line: slide.line, column: 1),
                                        "empty slide: two '---' with nothing between them", note: "remove one of them")
                }
                continue
            }
            let blocks = slide.blocks.map {
                resolver.crossLanguage.marking(
                    finish($0, directives: deck.body.directives, file: body.file, pagePath: pagePath, renderer: directives,
                           tables: &tables), strings: directives.strings)
            }
            slides.append(RenderedSlide(blocks: blocks, line: slide.line,
                                        headings: deck.body.headings.filter { slide.contains(line: $0.line) }))
        }
        return slides
    }
}
