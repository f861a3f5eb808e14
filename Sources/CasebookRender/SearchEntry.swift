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
    /// by `separate(_:into:)`.
    var textBytes: [UInt8]
    /// The terms of the title, summary and the whole text (`SearchTerms.termNumbers`).
    var terms: [UInt32]
    var text: String { String(decoding: textBytes, as: UTF8.self) }

    /// Characters of a page's text the index keeps.
    static let textLimit = 6000

    /// Keeps only the start of `text`: the rest would only wait in memory for the index.
    init(title: String, url: String, kind: String, summary: String, text: String) {
        self.init(title: title, url: url, kind: kind, summary: summary,
                  textBytes: Array(text.prefix(characters: Self.textLimit).utf8))
    }

    /// The same from the text's UTF-8 bytes (valid UTF-8), one block a line. The terms come
    /// from `cache` when an earlier build indexed the same title, summary and text.
    init(title: String, url: String, kind: String, summary: String, textBytes: [UInt8], cache: SearchTermCache? = nil) {
        self.title = title
        self.url = url
        self.kind = kind
        self.summary = summary
        terms = textBytes.withUnsafeBufferPointer { text in
            cache.map { $0.termNumbers(title: title, summary: summary, text: text) }
                ?? SearchTerms.termNumbers(title: title, summary: summary, text: text)
        }
        self.textBytes = Self.snippetText(textBytes)
    }

    /// The text with its blocks joined by `separate(_:into:)`, cut to `textLimit` Characters.
    static func snippetText(_ bytes: [UInt8]) -> [UInt8] {
        // Each line break becomes at most four bytes: the result fits in four times the text.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 4 + 4) { buffer in
            let count = bytes.withUnsafeBufferPointer { separate($0, into: buffer.baseAddress!) }
            let text = UnsafeBufferPointer(start: buffer.baseAddress, count: count)
            // No more bytes, or scalars, than the limit: no more Characters either (most pages;
            // counting Characters takes the grapheme-breaking rules).
            if count <= textLimit || scalarCount(text) <= textLimit { return Array(text) }
            if let cut = UTF8Characters.scan(text, upTo: textLimit)?.offset {
                return Array(UnsafeBufferPointer(rebasing: text[..<cut]))
            }
            return Array(String(decoding: text, as: UTF8.self).prefix(characters: textLimit).utf8)
        }
    }

    /// Block boundaries (line breaks) made readable in a snippet: a space after a sentence's
    /// end, ` · ` after a heading, a list item or a table cell; runs of blanks made one space.
    /// Written to `out`, which has room for four bytes per input byte; the count written.
    private static func separate(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var pendingBreak = false, pendingSpace = false
        /// Writes what the blanks before a kept byte become.
        func flushBlanks() {
            if count > 0, pendingBreak {
                let last = out[count - 1]
                let ended = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                    || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
                    || count >= 3 && out[count - 3] == 0xE2 && out[count - 2] == 0x80 && last == 0xA6
                if ended {
                    out[count] = 0x20
                    count += 1
                } else {
                    out[count] = 0x20; out[count + 1] = 0xC2; out[count + 2] = 0xB7; out[count + 3] = 0x20
                    count += 4
                }
            } else if count > 0, pendingSpace {
                out[count] = 0x20
                count += 1
            }
            pendingBreak = false
            pendingSpace = false
        }
        var index = 0
        let end = bytes.count
        while index < end {
            // A run of bytes above the space, with the single spaces between them, is copied as
            // it is (a space between two kept bytes stays one space): found eight bytes at a
            // time, and copied a line at a time rather than a word at a time.
            var run = index
            while true {
                while run + 8 <= end, !hasByteAtMostSpace(UnsafeRawPointer(base + run).loadUnaligned(as: UInt64.self)) { run += 8 }
                while run < end, base[run] > 0x20 { run += 1 }
                guard run > index, run + 1 < end, base[run] == 0x20, base[run + 1] > 0x20 else { break }
                run += 1
            }
            if run > index {
                flushBlanks()
                (out + count).update(from: base + index, count: run - index)
                count += run - index
                index = run
                continue
            }
            switch base[index] {
            case 0x0A, 0x0D: pendingBreak = true
            case 0x20, 0x09: pendingSpace = true
            default:
                // Another control character is kept, like any other byte.
                flushBlanks()
                out[count] = base[index]
                count += 1
            }
            index += 1
        }
        return count
    }

    /// The Unicode scalars in valid UTF-8: the bytes that do not continue one (`10xxxxxx`),
    /// counted eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var continuing = 0, index = 0
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // Bit 7 set and bit 6 clear: bit 6 moved up to bit 7 by the shift.
            continuing += (word & ~(word << 1) & highs).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if base[index] & 0xC0 == 0x80 { continuing += 1 }
            index += 1
        }
        return bytes.count - continuing
    }

    /// Whether any of the eight bytes is at most 0x20 (a blank or a control character).
    @inline(__always)
    private static func hasByteAtMostSpace(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x21 has its high bit set after subtracting 0x21, if it had none before.
        return (word &- ones &* 0x21) & ~word & highs != 0
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
