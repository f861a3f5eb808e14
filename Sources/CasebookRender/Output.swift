import CasebookModel

/// One publication a build makes from the model: the website's pages, the results exports,
/// the slide decks, the printable book. Outputs are peers: each reads the prepared inputs of
/// the build (`WebsiteRenderer`: the site, the theme, the layout and cards made once) and
/// queues its files — and the PDFs to make from them — into the build's one `PageQueue`.
///
/// A new output is one file conforming to `Output` and one line in `Outputs.registered`.
public protocol Output: Sendable {
    /// The name `casebook build --only` knows it by.
    var name: String { get }
    /// Made whatever `--only` says (the website, and the files its pages link to).
    var isAlwaysMade: Bool { get }
    /// Whether this casebook and theme have anything for it (the book needs a `print`
    /// template, the results exports a published ranking).
    func applies(to site: Site, theme: Theme) -> Bool
    /// Queues the files of `language`.
    func queue(_ language: String, from build: WebsiteRenderer)
    /// Once every language's queued files are made: the files made from what they recorded
    /// (the search index, the sitemap).
    func finish(from build: WebsiteRenderer)
}

extension Output {
    public var isAlwaysMade: Bool { false }
    public func applies(to site: Site, theme: Theme) -> Bool { true }
    public func finish(from build: WebsiteRenderer) {}
}
