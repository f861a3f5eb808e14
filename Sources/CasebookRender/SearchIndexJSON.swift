import Foundation
import CasebookModel

/// The search index and its snippet texts as JSON in scripts, each entry encoded as
/// `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes a `SearchEntry`, on
/// the core that rendered its page: encoding every page's text on one thread was the longest
/// serial step of a large build.
enum SearchIndexJSON {
    static func encode(_ entries: [SearchEntry]) -> String {
        String(decoding: script(entries.map { object($0) }, prefix: "", suffix: ""), as: UTF8.self)
    }

    /// One entry as a JSON object, keys in sorted order as `.sortedKeys` writes them. Made by
    /// the thread that rendered the page, so the index itself is only put together at the end.
    static func object(_ entry: SearchEntry, text: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entry.textBytes.count + entry.summary.utf8.count + entry.title.utf8.count + 128)
        // Keys in sorted order, as .sortedKeys writes them.
        out.append(contentsOf: "{\"kind\":".utf8)
        appendString(entry.kind, to: &out)
        out.append(contentsOf: ",\"summary\":".utf8)
        appendString(entry.summary, to: &out)
        if text {
            out.append(contentsOf: ",\"text\":".utf8)
            entry.textBytes.withUnsafeBufferPointer { appendString($0, to: &out) }
        }
        out.append(contentsOf: ",\"title\":".utf8)
        appendString(entry.title, to: &out)
        out.append(contentsOf: ",\"url\":".utf8)
        appendString(entry.url, to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// `window.CASEBOOK_SEARCH=<json>;` and a newline, as the file's bytes, from the entries'
    /// `object`s in order. The index of a 10,000-page site is a hundred megabytes: it is
    /// assembled once, in place.
    static func script(_ objects: [[UInt8]], prefix: String = "window.CASEBOOK_SEARCH=", suffix: String = ";\n") -> Data {
        var data = Data(capacity: objects.reduce(prefix.utf8.count + suffix.utf8.count + 2) { $0 + $1.count + 1 })
        data.append(contentsOf: Array(prefix.utf8))
        data.append(UInt8(ascii: "["))
        for index in objects.indices {
            if index > 0 { data.append(UInt8(ascii: ",")) }
            data.append(contentsOf: objects[index])
        }
        data.append(UInt8(ascii: "]"))
        data.append(contentsOf: Array(suffix.utf8))
        return data
    }

    /// Pages per file of snippet texts (`textChunk`).
    static let textsPerChunk = 20

    /// The index script, `window.CASEBOOK_SEARCH={"chunk":20,"docs":[…],"terms":{…}};`: the
    /// pages' objects (without their text) in the order given, and for each term (sorted) the
    /// pages it occurs in, as numbers `(page - previous page) * 3 + field` (`SearchTerms.Field`;
    /// the first page counts from 0). The texts for snippets are in `textChunk` files, which the
    /// search page loads only for the pages it shows: they are nine tenths of the bytes.
    static func index(_ items: [SearchIndexItem]) -> Data {
        // The postings of every term in flat arrays indexed by term number (numbers are dense):
        // counted, then placed in page order. A dictionary of arrays cost a hash and a
        // uniqueness check per posting, a million of them at N = 1,000.
        let names = SearchTermTable.shared.allTerms()
        var starts = [Int](repeating: 0, count: names.count + 1)
        for item in items {
            for packed in item.terms { starts[Int(packed >> 2) + 1] += 1 }
        }
        for term in names.indices { starts[term + 1] += starts[term] }
        var postings = [UInt32](repeating: 0, count: starts[names.count])
        var next = starts
        for (page, item) in items.enumerated() {
            for packed in item.terms {
                let term = Int(packed >> 2)
                postings[next[term]] = UInt32(page * 3) + packed & 3
                next[term] += 1
            }
        }
        // Terms in the order of their UTF-8 bytes: for the NFC text terms are made of, the
        // order of String's `<` (the script looks terms up by name; the order keeps the file
        // the same from build to build).
        let used = names.indices.filter { starts[$0 + 1] > starts[$0] }
        let sorted = used.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        var terms: [UInt8] = [UInt8(ascii: "{")]
        terms.reserveCapacity(sorted.count * 16 + postings.count * 4)
        for (position, term) in sorted.enumerated() {
            if position > 0 { terms.append(UInt8(ascii: ",")) }
            appendString(names[term], to: &terms)
            terms.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: "[")])
            var previous = 0
            for index in starts[term]..<starts[term + 1] {
                if index > starts[term] { terms.append(UInt8(ascii: ",")) }
                let value = Int(postings[index])
                let page = value / 3
                appendDecimal((page - previous) * 3 + value % 3, to: &terms)
                previous = page
            }
            terms.append(UInt8(ascii: "]"))
        }
        terms.append(contentsOf: "}};\n".utf8)
        var data = script(items.map(\.json), prefix: "window.CASEBOOK_SEARCH={\"chunk\":\(textsPerChunk),\"docs\":",
                          suffix: ",\"terms\":")
        data.append(contentsOf: terms)
        return data
    }

    /// A non-negative number's decimal digits.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value, start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            out.append(contentsOf: buffer[start...])
        }
    }

    /// Snippet texts number `number` (pages `number * textsPerChunk` on, in the index's order):
    /// `(window.CASEBOOK_SEARCH_TEXT=window.CASEBOOK_SEARCH_TEXT||[])[number]=["…",…];`.
    static func textChunk(_ items: ArraySlice<SearchIndexItem>, number: Int) -> Data {
        script(items.map(\.text), prefix: "(window.CASEBOOK_SEARCH_TEXT=window.CASEBOOK_SEARCH_TEXT||[])[\(number)]=")
    }

    /// `text` as a JSON string literal.
    static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00xx` escapes.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendString($0, to: &out) }
    }

    /// The same for valid UTF-8 bytes.
    static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        do {
            var copied = 0
            var index = 0
            let count = bytes.count
            let raw = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                // Eight bytes at a time while none is a control character, '"' or '\\'.
                if index + 8 <= count, let raw {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if !Self.needsEscape(word) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                copied = index + 1
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
                case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
                default:
                    out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                            hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
                }
                index += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any byte of `word` is below 0x20, '"' or '\\' (the usual bit tricks: a byte
    /// below n, a byte equal to zero after xor).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return control || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
