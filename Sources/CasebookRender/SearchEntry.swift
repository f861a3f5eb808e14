import Foundation
import CasebookMarkdown
import CasebookSupport

/// One searchable page, as written to `<lang>/search/index.js`.
struct SearchEntry: Encodable {
    var title: String
    /// Output path of the page (made relative to the search page when written).
    var url: String
    var kind: String
    var summary: String
    /// The start of the page's text, at most `textLimit` Characters, as UTF-8 (it goes from the
    /// body's bytes to the index's without becoming a String).
    var textBytes: [UInt8]
    var text: String { String(decoding: textBytes, as: UTF8.self) }

    /// Characters of a page's text the index keeps.
    static let textLimit = 6000

    /// Keeps only the start of `text`: the rest would only wait in memory for the index.
    init(title: String, url: String, kind: String, summary: String, text: String) {
        self.init(title: title, url: url, kind: kind, summary: summary,
                  textBytes: Array(text.prefix(characters: Self.textLimit).utf8))
    }

    /// The same from the text's UTF-8 bytes (valid UTF-8).
    init(title: String, url: String, kind: String, summary: String, textBytes: [UInt8]) {
        self.title = title
        self.url = url
        self.kind = kind
        self.summary = summary
        let cut = textBytes.withUnsafeBufferPointer { UTF8Characters.scan($0, upTo: Self.textLimit)?.offset }
        if let cut {
            self.textBytes = cut == textBytes.count ? textBytes : Array(textBytes[..<cut])
        } else {
            self.textBytes = Array(String(decoding: textBytes, as: UTF8.self).prefix(characters: Self.textLimit).utf8)
        }
    }

    private enum CodingKeys: String, CodingKey { case title, url, kind, summary, text }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(url, forKey: .url)
        try container.encode(kind, forKey: .kind)
        try container.encode(summary, forKey: .summary)
        try container.encode(text, forKey: .text)
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
