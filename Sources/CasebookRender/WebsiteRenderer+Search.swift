import Foundation
import CasebookModel

extension WebsiteRenderer {
    /// The search page and its index. The index is a script, not JSON, because browsers refuse
    /// to fetch files from a page opened from disk; a script tag loads everywhere.
    mutating func renderSearch(_ language: String) {
        let t = strings(language)
        let path = PageKey.search.path(language)
        let entries = (searchEntries[language] ?? []).map { entry -> SearchEntry in
            var copy = entry
            copy.url = RelativeURL.from(path, to: entry.url)
            copy.text = String(entry.text.prefix(6000))
            return copy
        }.sorted { $0.url < $1.url }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        files.append(OutputFile(path: "\(language)/search/index.js", text: "window.CASEBOOK_SEARCH=\(json);\n"))
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
