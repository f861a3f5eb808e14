import CasebookModel

/// A PDF the site's pages link to that the built site does not have (WeasyPrint was missing
/// or failed, or the file was removed): the bundle would carry links that lead nowhere.
public struct MissingPDF: Sendable, Hashable {
    /// The PDF's path in the site.
    public var pdf: String
    /// The pages that link to it, sorted.
    public var pages: [String]

    public init(pdf: String, pages: [String]) {
        self.pdf = pdf
        self.pages = pages
    }

    /// One line for the person bundling.
    public var message: Message {
        let others = pages.count - 1
        let linking: Message = pages.first.map { (first: String) -> Message in others == 0 ? "\(first)" : "\(first) and \(others) other page\(others == 1 ? "" : "s")" } ?? "a page"
        return "the site has no \(pdf), which \(linking) link\(pages.count == 1 ? "s" : "") to; run casebook build with WeasyPrint installed to make it"
    }
}
