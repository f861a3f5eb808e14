import Foundation
import CasebookModel
import CasebookMarkdown
import CasebookSupport

/// One render of a build: the inputs every output reads, prepared once and not changed after
/// (the site, the theme, the case cards and layout values shared by many pages), and the one
/// `PageQueue` the registered outputs (`Outputs.registered`: the website's pages, the results
/// exports, the slide decks, the printable book) queue their files into. `render` runs them.
public struct WebsiteRenderer {
    public let site: Site
    public let theme: Theme
    let statistics: SiteStatistics
    /// Which outputs this build makes (pages link only to what is made).
    let selection: OutputSelection
    /// Whether the build makes the PDFs, so pages may link to them.
    let linksPDFs: Bool
    /// Where every output's pages are queued, made and recorded.
    public let pages: PageQueue
    /// An empty body renderer with the theme's ids, copied for each page (`pageBodies`).
    private let emptyBodies: BodyRenderer
    /// Per language, the case cards made once for the lists that share their links (`cards(...)`).
    let cardCache: [String: CardCache]
    /// Each case's region id, by position in `site.cases`.
    let caseRegions: [String?]
    /// Per language, the layout values all case pages share (`caseLayouts(...)`).
    let caseLayout: [String: [String: Any]]
    /// Whether pages keep their bodies for the printable book (`RenderedPage.bookBody`).
    let keepsBodies: Bool
    /// Per language and evaluation id, each ranked evaluation as the outputs show it.
    let evaluationSummaries: [String: [String: EvaluationSummary]]
    /// The search terms of the pages an earlier build indexed (nil: every page's are gathered).
    let searchCache: SearchTermCache?

    /// Prepares the inputs of a render of `site` with `theme` into `pages`.
    init(site: Site, theme: Theme, selection: OutputSelection = .all, linksPDFs: Bool = false,
         pages: PageQueue = PageQueue(sink: nil, concurrent: true), searchCache: SearchTermCache? = nil) {
        let statistics = SiteStatistics(site: site)
        // The cards, regions and layout are made by a render without them, once for the whole render.
        let bare = WebsiteRenderer(site: site, theme: theme, statistics: statistics, selection: selection,
                                   linksPDFs: linksPDFs, pages: pages, searchCache: searchCache, prepared: ([:], [], [:]))
        self.init(site: site, theme: theme, statistics: statistics, selection: selection, linksPDFs: linksPDFs,
                  pages: pages, searchCache: searchCache, prepared: (bare.cards(), bare.caseRegionIDs(), bare.caseLayouts()))
    }

    private init(site: Site, theme: Theme, statistics: SiteStatistics, selection: OutputSelection, linksPDFs: Bool,
                 pages: PageQueue, searchCache: SearchTermCache?,
                 prepared: (cards: [String: CardCache], regions: [String?], layout: [String: [String: Any]])) {
        self.site = site
        self.theme = theme
        self.statistics = statistics
        self.selection = selection
        self.linksPDFs = linksPDFs
        self.pages = pages
        self.searchCache = searchCache
        emptyBodies = BodyRenderer(site: site, themeIDs: theme.reservedIDs)
        cardCache = prepared.cards
        caseRegions = prepared.regions
        caseLayout = prepared.layout
        keepsBodies = selection.contains(PrintBook()) && PrintBook().applies(to: site, theme: theme)
        var summaries: [String: [String: EvaluationSummary]] = [:]
        for language in site.config.languages {
            let strings = theme.strings[language] ?? theme.strings[site.config.defaultLanguage] ?? UIStrings(language: language)
            for result in site.results {
                guard let evaluation = site.evaluation(result.evaluationID) else { continue }
                summaries[language, default: [:]][evaluation.id] = EvaluationSummary(
                    evaluation, result: result, language: language, site: site, statistics: statistics, strings: strings)
            }
        }
        evaluationSummaries = summaries
    }

    /// The same render for `site`, whose cases differ from this one's only in their bodies
    /// (`Case.differsOnlyOnItsOwnPages`): cards, regions and layout are kept, and so is the queue
    /// with what it recorded (the preview's search entries).
    func updating(site: Site) -> WebsiteRenderer {
        WebsiteRenderer(site: site, theme: theme, statistics: SiteStatistics(site: site), selection: selection,
                        linksPDFs: linksPDFs, pages: pages, searchCache: searchCache, prepared: (cardCache, caseRegions, caseLayout))
    }

    /// All output files sorted by path, the media files the bodies use (paths under
    /// content/media/, to be copied to media/), and what was found on the way.
    /// With a `sink`, every file goes there as soon as it is rendered (pages on all cores) and
    /// the output lists only their paths. `linksPDFs`: the build makes the PDFs, so pages link to them.
    /// `searchCache`: the search terms an earlier build gathered, used for the pages whose text
    /// is unchanged and given this render's.
    public static func render(site: Site, theme: Theme, selection: OutputSelection = .all, linksPDFs: Bool = false,
                              sink: (any OutputSink)? = nil, searchCache: SearchTermCache? = nil) -> WebsiteOutput {
        let (output, renderer) = render(site: site, theme: theme, selection: selection, linksPDFs: linksPDFs, sink: sink,
                                        concurrent: true, searchCache: searchCache)
        BackgroundRelease.release(consume renderer)
        return output
    }

    /// The output and the renderer's state after rendering it (kept by `IncrementalWebsite`).
    static func render(site: Site, theme: Theme, selection: OutputSelection, linksPDFs: Bool, sink: (any OutputSink)?,
                       concurrent: Bool, searchCache: SearchTermCache? = nil) -> (output: WebsiteOutput, renderer: WebsiteRenderer) {
        MarkdownConverter.prepare()
        let renderer = WebsiteRenderer(site: site, theme: theme, selection: selection, linksPDFs: linksPDFs,
                                       pages: PageQueue(sink: sink, concurrent: concurrent), searchCache: searchCache)
        renderer.renderOutputs()
        let pages = renderer.pages
        if sink != nil {
            let kept = pages.files
            pages.files = []
            for file in kept { pages.deliver(file) }
        }
        let output = WebsiteOutput(files: pages.files.sorted { $0.path < $1.path }, streamedPaths: pages.streamedPaths.sorted(),
                             media: pages.media.union(site.cases.compactMap { $0.image }.compactMap {
                                 if case .success(let path) = MediaPath.resolve($0) { return path } else { return nil }
                             }),
                             pdfJobs: pdfJobsByLanguage(pages.pdfJobs, site.config.languages), date: site.config.date,
                             diagnostics: pages.diagnostics, unpublished: pages.unpublished)
        pages.files = []
        return (output, renderer)
    }

    /// `jobs` grouped by language (their first path component) in the casebook's order, each
    /// language's in the order they were queued: the order PDFs are made and reported in.
    private static func pdfJobsByLanguage(_ jobs: [PDFJob], _ languages: [String]) -> [PDFJob] {
        let rank = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
        let language: (PDFJob) -> Int = { rank[String($0.html.prefix { $0 != "/" })] ?? languages.count }
        return jobs.enumerated().sorted { (language($0.element), $0.offset) < (language($1.element), $1.offset) }.map(\.element)
    }

    /// The outputs this build makes, in registration order.
    var outputs: [any Output] { Outputs.registered.filter(makes) }

    /// Whether this build makes `output`: selected, and it has something to make here.
    func makes(_ output: any Output) -> Bool {
        selection.contains(output) && output.applies(to: site, theme: theme)
    }

    /// Queues every output's files of every language, makes them, then lets each output
    /// finish with what they recorded.
    func renderOutputs() {
        let outputs = self.outputs
        for language in site.config.languages {
            for output in outputs { output.queue(language, from: self) }
        }
        renderQueued()
        for output in outputs { output.finish(from: self) }
    }

    /// The files kept for the end (root page, 404; see `PageQueue.files`).
    var files: [OutputFile] {
        get { pages.files }
        nonmutating set { pages.files = newValue }
    }

    /// Per language, the search entries the pages recorded.
    var searchEntries: [String: [SearchIndexItem]] {
        get { pages.searchEntries }
        nonmutating set { pages.searchEntries = newValue }
    }

    var sink: (any OutputSink)? { pages.sink }
    var written: [PageKey: Set<String>] { pages.written }
    var writtenOrder: [PageKey] { pages.writtenOrder }

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
    func emit(_ key: PageKey, _ language: String, title: String, description: String?,
                       template: String, context: [String: Any], breadcrumbs: [(String, PageKey)] = []) {
        let renderer = reader
        queuePage {
            renderer.rendered(key, language, title: title, description: description, template: template, context: context,
                              breadcrumbs: breadcrumbs)
        }
    }

    /// The renderer, for queued pages to read from any thread (they never touch its queue).
    var reader: WebsiteRenderer { self }

    /// Renders one page: its own template into the layout. Changes nothing, so that pages can
    /// render concurrently (see `renderQueued`).
    func page(_ key: PageKey, _ language: String, title: String, description: String?,
              template: String, context: [String: Any], breadcrumbs: [(String, PageKey)] = []) -> OutputFile {
        let path = key.path(language)
        var full = common(key, language, path: path)
        // Room for the page's own values and the ten added below: growing rehashes every key.
        full.reserveCapacity(full.count + context.count + 10)
        for (name, value) in context { full[name] = value }
        full["content"] = theme.renderHTML(template, full) ?? RenderedHTML(bytes: [])
        let siteTitle = site.config.title[language] ?? ""
        full["html_title"] = key == .home ? siteTitle : "\(title) — \(siteTitle)"
        full["description"] = description ?? site.config.subtitle[language] ?? siteTitle
        for (name, value) in OpenGraphTags(site: site).values(key, language, title: key == .home ? siteTitle : title) {
            full[name] = value
        }
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
    /// By position in `site.cases`: the card, and its values for those lists (or a
    /// `PrerenderedPartial` of them).
    var models: [CaseCard]
    var values: [Any]
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
    /// Files that are not part of the published site, written apart from it (`forms/`).
    public var unpublished = UnpublishedFiles()

    /// Every file of the output, sorted: those in `files` and those already written.
    public var paths: [String] { (files.map(\.path) + streamedPaths).sorted() }
}
