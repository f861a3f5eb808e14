import Foundation
import CasebookModel
import CasebookMarkdown

extension WebsiteRenderer {
    /// The search page and its index. The index is a script, not JSON, because browsers refuse
    /// to fetch files from a page opened from disk; a script tag loads everywhere.
    mutating func renderSearch(_ language: String) {
        let t = strings(language)
        let path = PageKey.search.path(language)
        let entries = searchEntries[language] ?? []
        // A build that streams its files needs the entries no more (the preview keeps them).
        if sink != nil { searchEntries[language] = nil }
        // Sorted and joined with the other languages' indexes, on every core.
        queuePage(first: true) {
            let items = entries.sorted { $0.url < $1.url }
            let file = OutputFile(path: "\(language)/search/index.js", data: SearchIndexJSON.script(items.map(\.json)))
            return RenderedPage(key: nil, language: language, file: file, path: file.path)
        }
        emit(.search, language, title: t["search_title"], description: t["search_description"], template: "search", context: [
            "title": t["search_title"],
            "index_url": "index.js",
            "cases_url": RelativeURL.from(path, to: PageKey.casesIndex.path(language)),
            "count_forms": ["zero", "one", "two", "few", "many", "other"].compactMap { category -> [String: String]? in
                t.plurals["search_results"]?[category].map { ["category": category, "text": $0] }
            },
        ], breadcrumbs: [(t["home"], .home)])
    }
}
