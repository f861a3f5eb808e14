import CasebookModel

/// The printable compilation of each language, `<lang>/print/index.html` (see
/// `PrintBookRenderer`), and the PDF to make from it. Made once the website's pages are: the
/// book takes the bodies they rendered (`PageQueue.bodies`) instead of parsing them again.
public struct PrintBook: Output {
    public var name: String { "print" }

    /// Themes made before the book existed have no `print` template, and then no book.
    public func applies(to site: Site, theme: Theme) -> Bool { theme.hasTemplate("print") }

    public func queue(_ language: String, from build: WebsiteRenderer) {}

    public func finish(from build: WebsiteRenderer) {
        for language in build.site.config.languages { queueBook(language, from: build) }
        build.renderQueued()
    }

    /// Queues the book of `language`, made from the bodies the pages recorded so far.
    func queueBook(_ language: String, from build: WebsiteRenderer) {
        let (site, theme, statistics, strings) = (build.site, build.theme, build.statistics, build.strings(language))
        let bodies = build.pages.bodies[language] ?? [:]
        let cases = build.pages.caseModels[language] ?? [:]
        build.queuePage(first: true) {
            var book = PrintBookRenderer(site: site, theme: theme, statistics: statistics, language: language, strings: strings,
                                         websiteBodies: bodies, caseModels: cases,
                                         evaluations: build.evaluationSummaries[language] ?? [:])
            let file = book.render()
            return RenderedPage(key: nil, language: language, file: file, path: file.path, media: book.bodies.media,
                                pdfJob: PDFJob(html: PrintBookRenderer.path(language), pdf: PrintBookRenderer.pdfPath(language)))
        }
    }
}
