import CasebookModel

extension WebsiteRenderer {
    /// Whether this build has a printable book, so that pages may link to it.
    var hasPrintBook: Bool { makes(PrintBook()) }

    /// Template values `print_url` and, when the build makes PDFs, `pdf_url`: the links to
    /// the printable book from the page at `path`.
    func printLinks(_ language: String, from path: String) -> [String: Any] {
        guard hasPrintBook else { return [:] }
        var links: [String: Any] = ["print_url": RelativeURL.from(path, to: PrintBookRenderer.path(language))]
        if linksPDFs { links["pdf_url"] = RelativeURL.from(path, to: PrintBookRenderer.pdfPath(language)) }
        return links
    }
}
