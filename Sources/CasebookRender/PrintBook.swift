import CasebookModel

/// The printable compilation of each language, `<lang>/print/index.html` (see
/// `PrintBookRenderer`), and the PDF to make from it. Queued first: it holds every case, the
/// longest single piece of a build.
public struct PrintBook: Output {
    public var name: String { "print" }

    /// Themes made before the book existed have no `print` template, and then no book.
    public func applies(to site: Site, theme: Theme) -> Bool { theme.hasTemplate("print") }

    public func queue(_ language: String, from build: WebsiteRenderer) {
        let (site, theme, statistics, strings) = (build.site, build.theme, build.statistics, build.strings(language))
        build.queuePage(first: true) {
            var book = PrintBookRenderer(site: site, theme: theme, statistics: statistics, language: language, strings: strings)
            let file = book.render()
            return RenderedPage(key: nil, language: language, file: file, path: file.path, media: book.bodies.media,
                                pdfJob: PDFJob(html: PrintBookRenderer.path(language), pdf: PrintBookRenderer.pdfPath(language)))
        }
    }
}
