import Foundation
import CasebookModel

/// Renders the website: every page in every language, the root language chooser, 404,
/// sitemap, search index, theme assets and the media the bodies use.
public struct WebsiteRenderer {
    var site: Site
    var theme: Theme
    var statistics: SiteStatistics
    var files: [OutputFile] = []
    var diagnostics = Diagnostics()
    var bodies: BodyRenderer
    /// Per language, entries for the search index.
    var searchEntries: [String: [SearchEntry]] = [:]
    /// Every page key written, per language, for the sitemap.
    var written: [PageKey: Set<String>] = [:]
    var writtenOrder: [PageKey] = []
    /// PDFs to make after writing (print book, slide decks).
    var pdfJobs: [PDFJob] = []
    /// Whether the build makes the PDFs, so pages may link to them.
    var linksPDFs = false

    public init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
        statistics = SiteStatistics(site: site)
        bodies = BodyRenderer(site: site, themeIDs: theme.reservedIDs)
    }

    /// All output files sorted by path, the media files the bodies use (paths under
    /// content/media/, to be copied to media/), and what was found on the way.
    /// `linksPDFs`: the build makes the PDFs, so pages link to them.
    public static func render(site: Site, theme: Theme, linksPDFs: Bool = false) -> WebsiteOutput {
        var renderer = WebsiteRenderer(site: site, theme: theme)
        renderer.linksPDFs = linksPDFs
        renderer.renderAll()
        renderer.diagnostics.append(contentsOf: renderer.bodies.diagnostics)
        return WebsiteOutput(files: renderer.files.sorted { $0.path < $1.path },
                             media: renderer.bodies.media.union(site.cases.compactMap { $0.image }.compactMap {
                                 if case .success(let path) = MediaPath.resolve($0) { return path } else { return nil }
                             }),
                             pdfJobs: renderer.pdfJobs, date: site.config.date, diagnostics: renderer.diagnostics)
    }

    mutating func renderAll() {
        for language in site.config.languages {
            renderHome(language)
            renderCases(language)
            renderMunicipalities(language)
            if site.config.publish != .none { renderResults(language) }
            for kind in BrowseKind.allCases { renderBrowse(kind, language) }
            renderPages(language)
            renderDecks(language)
            renderSearch(language)
            renderPrintBook(language)
        }
        renderRoot()
        renderNotFound()
        if site.config.baseURL != nil { files.append(OutputFile(path: "sitemap.xml", text: sitemap())) }
        files += theme.assets
    }

    func strings(_ language: String) -> UIStrings {
        theme.strings[language] ?? theme.strings[site.config.defaultLanguage] ?? UIStrings(language: language)
    }

    func directives(_ language: String) -> DirectiveRenderer {
        DirectiveRenderer(site: site, statistics: statistics, strings: strings(language), language: language)
    }

    /// Renders one page: its own template into the layout, then records it.
    mutating func emit(_ key: PageKey, _ language: String, title: String, description: String?,
                       template: String, context: [String: Any], breadcrumbs: [(String, PageKey)] = []) {
        let path = key.path(language)
        var full = common(key, language, path: path)
        for (name, value) in context { full[name] = value }
        let content = theme.render(template, full) ?? ""
        full["content"] = content
        let siteTitle = site.config.title[language] ?? ""
        full["html_title"] = key == .home ? siteTitle : "\(title) — \(siteTitle)"
        full["description"] = description ?? site.config.subtitle[language] ?? siteTitle
        full["breadcrumbs"] = breadcrumbs.map { label, target in
            ["label": label, "url": RelativeURL.from(path, to: target.path(language))]
        }
        full["has_breadcrumbs"] = !breadcrumbs.isEmpty
        files.append(OutputFile(path: path, text: theme.render("layout", full) ?? ""))
        if written[key] == nil { writtenOrder.append(key) }
        written[key, default: []].insert(language)
    }
}

/// A PDF to be made from an HTML file of the output once it is written (paths relative to
/// the output folder), e.g. `ru/print/index.html` → `ru/casebook.pdf`.
public struct PDFJob: Sendable, Hashable {
    public var html: String
    public var pdf: String

    public init(html: String, pdf: String) {
        self.html = html
        self.pdf = pdf
    }
}

/// What the website renderer made.
public struct WebsiteOutput: Sendable {
    public var files: [OutputFile]
    /// Paths under content/media/ that pages use; they are copied to `media/`.
    public var media: Set<String>
    /// PDFs to make from written HTML files before the output is swapped into place.
    public var pdfJobs: [PDFJob] = []
    /// The build's date stamp (`date`, `YYYY-MM-DD`): the PDFs' creation date.
    public var date: String?
    public var diagnostics: Diagnostics
}
