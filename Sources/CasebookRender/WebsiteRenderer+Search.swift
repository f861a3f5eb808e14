import Foundation
import CasebookModel
import CasebookMarkdown

extension WebsiteRenderer {
    /// The search page and its index. The index is a script, not JSON, because browsers refuse
    /// to fetch files from a page opened from disk; a script tag loads everywhere. It maps each
    /// term to the pages that hold it (see `SearchTerms`, `SearchIndexJSON.index`), so the
    /// page's script only stems the query; each page keeps the start of its text for snippets.
    mutating func renderSearch(_ language: String) {
        let t = strings(language)
        let path = PageKey.search.path(language)
        let items = (searchEntries[language] ?? []).sorted { $0.url < $1.url }
        // A build that streams its files needs the entries no more (the preview keeps them).
        if sink != nil { searchEntries[language] = nil }
        // Made with the other languages' indexes, on every core.
        queuePage(first: true) {
            let file = OutputFile(path: "\(language)/search/index.js", data: SearchIndexJSON.index(items))
            return RenderedPage(key: nil, language: language, file: file, path: file.path)
        }
        let size = SearchIndexJSON.textsPerChunk
        queue((items.count + size - 1) / size, first: true) { number in
            let chunk = items[(number * size)..<min(items.count, (number + 1) * size)]
            let file = OutputFile(path: "\(language)/search/text-\(number).js", data: SearchIndexJSON.textChunk(chunk, number: number))
            return RenderedPage(key: nil, language: language, file: file, path: file.path)
        }
        emit(.search, language, title: t["search_title"], description: t["search_description"], template: "search", context: [
            "title": t["search_title"],
            "index_url": "index.js",
            "search_js_url": RelativeURL.from(path, to: "assets/search.js"),
            "cases_url": RelativeURL.from(path, to: PageKey.casesIndex.path(language)),
            "count_forms": ["zero", "one", "two", "few", "many", "other"].compactMap { category -> [String: String]? in
                t.plurals["search_results"]?[category].map { ["category": category, "text": $0] }
            },
        ], breadcrumbs: [(t["home"], .home)])
    }
}
