import CasebookModel

/// `<lang>/results/results.csv`: the ranking and scores for a spreadsheet (see
/// `ResultsExporter`), made whenever the ranking is published, as the results page links it.
public struct ResultsExports: Output {
    public var name: String { "results" }
    public var isAlwaysMade: Bool { true }

    public func applies(to site: Site, theme: Theme) -> Bool { site.config.publish != .none }

    /// Made on a worker thread: with every municipality ranked, it takes as long as hundreds
    /// of case pages.
    public func queue(_ language: String, from build: WebsiteRenderer) {
        let site = build.site
        build.queuePage(first: true) {
            let exporter = ResultsExporter(site: site, language: language, includeCriteria: site.config.publish == .full)
            let file = OutputFile(path: "\(language)/results/results.csv", text: exporter.csv())
            return RenderedPage(key: nil, language: language, file: file, path: file.path)
        }
    }
}
