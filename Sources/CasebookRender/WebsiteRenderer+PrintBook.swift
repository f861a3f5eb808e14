import CasebookModel

extension WebsiteRenderer {
    /// Whether this build has a printable book: the theme must have a `print` template
    /// (themes made before the book existed lack it, and then the site has no book), and the
    /// build must make it (`--only web` does not).
    var hasPrintBook: Bool { parts.contains(.print) && theme.hasTemplate("print") }

    /// `<lang>/print/index.html`, and the PDF to make from it.
    /// Queued first: it holds every case, the longest single piece of a build.
    mutating func renderPrintBook(_ language: String) {
        guard hasPrintBook else { return }
        let (site, theme, statistics, strings) = (site, theme, statistics, strings(language))
        queuePage(first: true) {
            var book = PrintBookRenderer(site: site, theme: theme, statistics: statistics, language: language, strings: strings)
            let file = book.render()
            return RenderedPage(key: nil, language: language, file: file, path: file.path, media: book.bodies.media,
                                pdfJob: PDFJob(html: PrintBookRenderer.path(language), pdf: PrintBookRenderer.pdfPath(language)))
        }
    }

    /// Template values `print_url` and, when the build makes PDFs, `pdf_url`: the links to
    /// the printable book from the page at `path`.
    func printLinks(_ language: String, from path: String) -> [String: Any] {
        guard hasPrintBook else { return [:] }
        var links: [String: Any] = ["print_url": RelativeURL.from(path, to: PrintBookRenderer.path(language))]
        if linksPDFs { links["pdf_url"] = RelativeURL.from(path, to: PrintBookRenderer.pdfPath(language)) }
        return links
    }
}
