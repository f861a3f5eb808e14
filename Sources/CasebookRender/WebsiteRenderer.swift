import Foundation
import CasebookModel
import CasebookMarkdown
import CasebookSupport

/// Renders the website: every page in every language, the root language chooser, 404,
/// sitemap, search index, theme assets and the media the bodies use.
public struct WebsiteRenderer {
    var site: Site {
        didSet {
            emptyBodies.site = site
            caseLayout = [:]
            caseRegions = []
        }
    }
    var theme: Theme
    var statistics: SiteStatistics
    var files: [OutputFile] = []
    var diagnostics = Diagnostics()
    var bodies: BodyRenderer
    /// An empty body renderer with the theme's ids, copied for each page (`pageBodies`).
    private var emptyBodies: BodyRenderer
    /// Per language, entries for the search index.
    var searchEntries: [String: [SearchIndexItem]] = [:]
    /// Every page key written, per language, for the sitemap.
    var written: [PageKey: Set<String>] = [:]
    var writtenOrder: [PageKey] = []
    /// PDFs to make after writing (print book, slide decks).
    var pdfJobs: [PDFJob] = []
    /// What to make besides the website's pages (`--only web`).
    var parts: OutputParts = .all
    /// Where pages go as soon as they are rendered; without one they are kept in `files`.
    var sink: (any OutputSink)?
    /// Paths of the files already handed to the sink.
    var streamedPaths: [String] = []
    /// Pages on all cores; off only in tests that compare with a render on one thread.
    var concurrent = true
    /// Pages waiting to be made by `renderQueued()`.
    var queued: [QueuedPages] = []
    /// Per language, the case cards made once for the lists that share their links (`prepareCards`).
    var cardCache: [String: CardCache] = [:]
    /// Each case's region id, by position in `site.cases` (`prepareCaseRegions`); empty: not made.
    var caseRegions: [String?] = []
    /// Per language, the layout values all case pages share (`prepareCaseLayout`).
    var caseLayout: [String: [String: Any]] = [:]
    /// Whether the build makes the PDFs, so pages may link to them.
    var linksPDFs = false

    public init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
        statistics = SiteStatistics(site: site)
        bodies = BodyRenderer(site: site, themeIDs: theme.reservedIDs)
        emptyBodies = bodies
    }

    /// All output files sorted by path, the media files the bodies use (paths under
    /// content/media/, to be copied to media/), and what was found on the way.
    /// With a `sink`, every file goes there as soon as it is rendered (pages on all cores) and
    /// the output lists only their paths. `linksPDFs`: the build makes the PDFs, so pages link to them.
    public static func render(site: Site, theme: Theme, parts: OutputParts = .all, linksPDFs: Bool = false,
                              sink: (any OutputSink)? = nil) -> WebsiteOutput {
        let (output, renderer) = render(site: site, theme: theme, parts: parts, linksPDFs: linksPDFs, sink: sink,
                                        concurrent: true)
        BackgroundRelease.release(consume renderer)
        return output
    }

    /// The output and the renderer's state after rendering it (kept by `IncrementalWebsite`).
    static func render(site: Site, theme: Theme, parts: OutputParts, linksPDFs: Bool, sink: (any OutputSink)?,
                       concurrent: Bool) -> (output: WebsiteOutput, renderer: WebsiteRenderer) {
        MarkdownConverter.prepare()
        var renderer = WebsiteRenderer(site: site, theme: theme)
        renderer.parts = parts
        renderer.linksPDFs = linksPDFs
        renderer.sink = sink
        renderer.concurrent = concurrent
        renderer.renderAll()
        renderer.diagnostics.append(contentsOf: renderer.bodies.diagnostics)
        for file in renderer.files where sink != nil { renderer.deliver(file) }
        if sink != nil { renderer.files = [] }
        let output = WebsiteOutput(files: renderer.files.sorted { $0.path < $1.path }, streamedPaths: renderer.streamedPaths.sorted(),
                             media: renderer.bodies.media.union(site.cases.compactMap { $0.image }.compactMap {
                                 if case .success(let path) = MediaPath.resolve($0) { return path } else { return nil }
                             }),
                             pdfJobs: renderer.pdfJobs, date: site.config.date, diagnostics: renderer.diagnostics)
        renderer.files = []
        return (output, renderer)
    }

    mutating func renderAll() {
        prepareCards()
        prepareCaseLayout()
        prepareCaseRegions()
        for language in site.config.languages {
            renderHome(language)
            renderCases(language)
            renderMunicipalities(language)
            if site.config.publish != .none { renderResults(language) }
            for kind in BrowseKind.allCases { renderBrowse(kind, language) }
            renderPages(language)
            if parts.contains(.slides) { renderDecks(language) }
            renderPrintBook(language)
        }
        renderQueued()
        // The search index holds what every page above recorded.
        for language in site.config.languages { renderSearch(language) }
        renderQueued()
        renderRoot()
        renderNotFound()
        if site.config.baseURL != nil { files.append(OutputFile(path: "sitemap.xml", data: sitemap())) }
        files += theme.assets
    }

    func strings(_ language: String) -> UIStrings {
        theme.strings[language] ?? theme.strings[site.config.defaultLanguage] ?? UIStrings(language: language)
    }

    /// A body renderer for one page, which knows the ids the theme's templates use.
    func pageBodies() -> BodyRenderer {
        // A copy, not a new one: making one joins the theme's ids with the layout's, a set of
        // dozens of strings per page.
        emptyBodies
    }

    func directives(_ language: String) -> DirectiveRenderer {
        DirectiveRenderer(site: site, statistics: statistics, strings: strings(language), language: language)
    }

    /// Queues one page whose context is ready (see `renderQueued`).
    mutating func emit(_ key: PageKey, _ language: String, title: String, description: String?,
                       template: String, context: [String: Any], breadcrumbs: [(String, PageKey)] = []) {
        let renderer = reader
        queuePage {
            renderer.rendered(key, language, title: title, description: description, template: template, context: context,
                              breadcrumbs: breadcrumbs)
        }
    }

    /// A copy of the renderer for queued pages to read from any thread (without the queue).
    var reader: WebsiteRenderer {
        var copy = self
        copy.queued = []
        return copy
    }

    /// Renders one page: its own template into the layout. Changes nothing, so that pages can
    /// render concurrently (see `renderQueued`).
    func page(_ key: PageKey, _ language: String, title: String, description: String?,
              template: String, context: [String: Any], breadcrumbs: [(String, PageKey)] = []) -> OutputFile {
        let path = key.path(language)
        var full = common(key, language, path: path)
        // Room for the page's own values and the five added below: growing rehashes every key.
        full.reserveCapacity(full.count + context.count + 5)
        for (name, value) in context { full[name] = value }
        full["content"] = theme.renderHTML(template, full) ?? RenderedHTML(bytes: [])
        let siteTitle = site.config.title[language] ?? ""
        full["html_title"] = key == .home ? siteTitle : "\(title) — \(siteTitle)"
        full["description"] = description ?? site.config.subtitle[language] ?? siteTitle
        full["breadcrumbs"] = breadcrumbs.map { label, target in
            ["label": label, "url": RelativeURL.from(path, to: target.path(language))]
        }
        full["has_breadcrumbs"] = !breadcrumbs.isEmpty
        return OutputFile(path: path, data: theme.renderData("layout", full) ?? Data())
    }
}

/// Case cards made once for every list whose links to cases are `casesURL`'s.
struct CardCache {
    /// The link from those lists to the list of all cases.
    var casesURL: String
    /// Per case id.
    var cards: [String: [String: Any]]
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
    /// The files not yet written (all of them when rendering had no sink), sorted by path.
    public var files: [OutputFile]
    /// Paths of the files that went to the sink while rendering, sorted.
    public var streamedPaths: [String] = []
    /// Paths under content/media/ that pages use; they are copied to `media/`.
    public var media: Set<String>
    /// PDFs to make from written HTML files before the output is swapped into place.
    public var pdfJobs: [PDFJob] = []
    /// The build's date stamp (`date`, `YYYY-MM-DD`): the PDFs' creation date.
    public var date: String?
    public var diagnostics: Diagnostics

    /// Every file of the output, sorted: those in `files` and those already written.
    public var paths: [String] { (files.map(\.path) + streamedPaths).sorted() }
}
