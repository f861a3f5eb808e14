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

    /// A warning when the book links to pages of the website and there is no `base_url`: in the
    /// PDF such a link has no address to go to. (Links to the other language's book do not count.)
    static func withoutBaseURL(_ file: OutputFile, _ language: String, _ site: Site) -> Diagnostics {
        var diagnostics = Diagnostics()
        guard site.config.baseURL == nil else { return diagnostics }
        let links = String(decoding: file.data, as: UTF8.self).components(separatedBy: "<a class=\"web\" href=\"").dropFirst()
            .filter { !($0.prefix { $0 != "\"" && $0 != "#" }.hasSuffix("print/index.html")) }.count
        guard links > 0 else { return diagnostics }
        diagnostics.warning(SourceLocation(file: ConfigLoader.path, line: 1, column: 1),
                            links == 1 ? "base_url is not set: the link of the \(language) printable book to the website leads nowhere in its PDF"
                                : "base_url is not set: the \(links) \(plural: links, "link", "links") of the \(language) printable book to the website lead nowhere in its PDF",
                            note: "set base_url to the address the website is published at, e.g. base_url: https://example.org/casebook/")
        return diagnostics
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
            return RenderedPage(key: nil, language: language, file: file, path: file.path,
                                diagnostics: Self.withoutBaseURL(file, language, site), media: book.bodies.media,
                                pdfJob: PDFJob(html: PrintBookRenderer.path(language), pdf: PrintBookRenderer.pdfPath(language)))
        }
    }
}
