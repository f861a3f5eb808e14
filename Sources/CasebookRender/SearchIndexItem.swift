/// A page's entry as it goes into the index of its language: the link relative to the search
/// page (the index is sorted by it), the entry's JSON (without the text), its text as a JSON
/// string and its terms.
struct SearchIndexItem {
    var url: String
    var json: [UInt8]
    var text: [UInt8]
    var terms: [UInt32]

    init(_ entry: SearchEntry, language: String) {
        var entry = entry
        entry.url = RelativeURL.from(PageKey.search.path(language), to: entry.url)
        url = entry.url
        json = SearchIndexJSON.object(entry, text: false)
        var text: [UInt8] = []
        entry.textBytes.withUnsafeBufferPointer { SearchIndexJSON.appendString($0, to: &text) }
        self.text = text
        terms = entry.terms
    }
}
