import CasebookModel

/// Each deck as a slide show page (see `DeckRenderer`), and the PDF to make of it, one slide
/// a page.
public struct SlideDecks: Output {
    public var name: String { "slides" }

    public func queue(_ language: String, from build: WebsiteRenderer) {
        for deck in build.site.decks where deck.translations[language] != nil {
            build.queuePage { Self.page(deck, language, build) }
        }
    }

    private static func page(_ deck: Deck, _ language: String, _ build: WebsiteRenderer) -> RenderedPage {
        let key = PageKey.deck(deck.id)
        let path = key.path(language)
        var bodies = build.pageBodies()
        var slideDirectives = build.directives(language)
        slideDirectives.chartsForSlides = true
        var renderer = DeckRenderer(strings: build.strings(language), language: language, path: path)
        var context = renderer.context(for: deck, base: build.common(key, language, path: path),
                                       siteTitle: build.site.config.title[language] ?? "",
                                       bodies: &bodies, directives: slideDirectives)
        if build.linksPDFs { context["pdf_url"] = RelativeURL.from(path, to: pdfPath(deck.id, language)) }
        var diagnostics = renderer.diagnostics
        diagnostics.append(contentsOf: bodies.diagnostics)
        return RenderedPage(key: key, language: language, file: OutputFile(path: path, text: build.theme.render("deck", context) ?? ""),
                            path: path, diagnostics: diagnostics, media: bodies.media,
                            pdfJob: PDFJob(html: path, pdf: pdfPath(deck.id, language)))
    }

    /// Where a deck's PDF is written: `en/slides/<id>.pdf`.
    static func pdfPath(_ id: String, _ language: String) -> String { "\(language)/slides/\(id).pdf" }
}
