import CasebookModel

/// A website render that the preview keeps in memory, so that after an edit to a case that
/// changed only its own pages (`SiteLoader.reloading(case:in:)`) just those pages are rendered
/// again: the case's page in every language, then the search index and the printable book of
/// those languages.
public struct IncrementalWebsite {
    /// The renderer's state after the full render: search entries, pages written.
    private var renderer: WebsiteRenderer
    /// The full render: every file, sorted, the media used and the diagnostics.
    public let output: WebsiteOutput

    /// Renders everything, on all cores, into memory.
    public init(site: Site, theme: Theme, selection: OutputSelection = .all) {
        (output, renderer) = WebsiteRenderer.render(site: site, theme: theme, selection: selection, linksPDFs: false, sink: nil,
                                                    concurrent: true)
    }

    /// What `refresh` rendered again.
    public struct Refresh {
        public var files: [OutputFile]
        /// What the bodies of the pages reported.
        public var diagnostics: Diagnostics
        /// Paths under content/media/ the pages use.
        public var media: Set<String>
        /// Languages whose search index and printable book have to be made again (`pendingFiles`).
        public var languages: [String]
    }

    /// The pages of cases `ids` in every language, rendered from `site` (the previous site
    /// with those cases replaced).
    public mutating func refresh(cases ids: [String], in site: Site) -> Refresh {
        renderer = renderer.updating(site: site)
        var refresh = Refresh(files: [], diagnostics: Diagnostics(), media: [], languages: [])
        for language in site.config.languages {
            let translated = site.cases.filter { $0.translations[language] != nil }
            for id in ids {
                guard let index = translated.firstIndex(where: { $0.id == id }) else { continue }
                let page = renderer.casePage(translated[index], language,
                                             previous: index > 0 ? translated[index - 1] : nil,
                                             next: index + 1 < translated.count ? translated[index + 1] : nil)
                if let file = page.file { refresh.files.append(file) }
                refresh.diagnostics.append(contentsOf: page.diagnostics)
                refresh.media.formUnion(page.media)
                if let body = page.bookBody { renderer.pages.bodies[language, default: [:]][.case(id)] = body }
                if let model = page.caseModel { renderer.pages.caseModels[language, default: [:]][id] = model }
                if let search = page.search, let slot = renderer.searchEntries[language]?.firstIndex(where: { $0.url == search.url }) {
                    renderer.searchEntries[language]?[slot] = search
                }
                if !refresh.languages.contains(language) { refresh.languages.append(language) }
            }
        }
        return refresh
    }

    /// What holds every case's body, made again for `languages` after `refresh`: the search
    /// page and index (from the entries `refresh` updated) and the printable book.
    public mutating func pendingFiles(_ languages: [String]) -> [OutputFile] {
        let pages = renderer.pages
        pages.files = []
        let jobs = pages.pdfJobs
        for language in languages {
            renderer.renderSearch(language)
            if renderer.hasPrintBook { PrintBook().queueBook(language, from: renderer) }
        }
        renderer.renderQueued()
        defer {
            pages.files = []
            pages.pdfJobs = jobs
        }
        return pages.files.sorted { $0.path < $1.path }
    }
}
