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
    /// The start of the page's text for snippets, at most `textLimit` Characters, as UTF-8 (it
    /// goes from the body's bytes to the index's without becoming a String), its blocks joined
    /// by `separated(_:)`.
    var textBytes: [UInt8]
    /// The terms of the title, summary and the whole text (`SearchTerms`).
    var terms: [String: SearchTerms.Field]
    var text: String { String(decoding: textBytes, as: UTF8.self) }

    /// Characters of a page's text the index keeps.
    static let textLimit = 6000

    /// Keeps only the start of `text`: the rest would only wait in memory for the index.
    init(title: String, url: String, kind: String, summary: String, text: String) {
        self.init(title: title, url: url, kind: kind, summary: summary,
                  textBytes: Array(text.prefix(characters: Self.textLimit).utf8))
    }

    /// The same from the text's UTF-8 bytes (valid UTF-8), one block a line.
    init(title: String, url: String, kind: String, summary: String, textBytes: [UInt8]) {
        self.title = title
        self.url = url
        self.kind = kind
        self.summary = summary
        terms = SearchTerms.terms(title: title, summary: summary, text: String(decoding: textBytes, as: UTF8.self))
        let textBytes = Self.separated(textBytes)
        let cut = textBytes.withUnsafeBufferPointer { UTF8Characters.scan($0, upTo: Self.textLimit)?.offset }
        if let cut {
            self.textBytes = cut == textBytes.count ? textBytes : Array(textBytes[..<cut])
        } else {
            self.textBytes = Array(String(decoding: textBytes, as: UTF8.self).prefix(characters: Self.textLimit).utf8)
        }
    }

    /// Block boundaries (line breaks) made readable in a snippet: a space after a sentence's
    /// end, ` · ` after a heading, a list item or a table cell; runs of blanks made one space.
    static func separated(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingBreak = false, pendingSpace = false
        for byte in bytes {
            switch byte {
            case 0x0A, 0x0D: pendingBreak = true
            case 0x20, 0x09: pendingSpace = true
            default:
                if !out.isEmpty, pendingBreak {
                    let last = out[out.count - 1]
                    let ended = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";")].contains(last)
                        || out.count >= 3 && out[(out.count - 3)...] == [0xE2, 0x80, 0xA6]
                    out.append(contentsOf: ended ? [0x20] : [0x20, 0xC2, 0xB7, 0x20])
                } else if !out.isEmpty, pendingSpace {
                    out.append(0x20)
                }
                pendingBreak = false
                pendingSpace = false
                out.append(byte)
            }
        }
        return out
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
