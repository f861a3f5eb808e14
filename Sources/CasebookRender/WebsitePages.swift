import CasebookModel

/// The website's pages: home, cases, municipalities, the results page, browse and free pages
/// in every language; then the search index from what they recorded, the root language
/// chooser, the 404 page, the sitemap and the theme's assets.
public struct WebsitePages: Output {
    public var name: String { "web" }
    public var isAlwaysMade: Bool { true }

    public func queue(_ language: String, from build: WebsiteRenderer) {
        var build = build
        build.renderHome(language)
        build.renderCases(language)
        build.renderMunicipalities(language)
        if build.site.config.publish != .none { build.renderResults(language) }
        for kind in BrowseKind.allCases { build.renderBrowse(kind, language) }
        build.renderPages(language)
    }

    public func finish(from build: WebsiteRenderer) {
        var build = build
        // The search index holds what every page recorded.
        for language in build.site.config.languages { build.renderSearch(language) }
        build.renderQueued()
        build.renderRoot()
        build.renderNotFound()
        if build.site.config.baseURL != nil { build.deliver(OutputFile(path: "sitemap.xml", data: build.sitemap())) }
        for asset in build.theme.assets { build.deliver(asset) }
    }
}
