import Foundation
import CasebookMarkdown

/// One searchable page, as written to `<lang>/search/index.js`.
struct SearchEntry: Encodable {
    var title: String
    /// Output path of the page (made relative to the search page when written).
    var url: String
    var kind: String
    var summary: String
    /// The start of the page's text, at most `textLimit` Characters.
    var text: String

    /// Characters of a page's text the index keeps.
    static let textLimit = 6000

    /// Keeps only the start of `text`: the rest would only wait in memory for the index.
    init(title: String, url: String, kind: String, summary: String, text: String) {
        self.title = title
        self.url = url
        self.kind = kind
        self.summary = summary
        self.text = text.prefix(characters: Self.textLimit)
    }
}

/// A page's entry as it goes into the index of its language: the link relative to the search
/// page (the index is sorted by it) and the entry's JSON.
struct SearchIndexItem {
    var url: String
    var json: [UInt8]

    init(_ entry: SearchEntry, language: String) {
        var entry = entry
        entry.url = RelativeURL.from(PageKey.search.path(language), to: entry.url)
        url = entry.url
        json = SearchIndexJSON.object(entry)
    }
}
