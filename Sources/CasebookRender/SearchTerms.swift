import Foundation

/// How search reads text, here for the index and in `assets/search.js` for the query, the
/// same way: words are runs of letters and digits (anything else, hyphens too, separates
/// them); each is lowercased and folded (`ё`→`е`, and the Kyrgyz `ң`→`н`, `ө`→`о`, `ү`→`у`,
/// which many keyboards lack); words of one letter are skipped; a Russian word (`а`–`я`
/// only) is stemmed by `RussianStemmer`, an English one (`a`–`z` only) by `EnglishStemmer`.
/// The index also holds a hyphenated name whole (`Чоң-Токой` is `чон`, `токой` and `чонтокой`).
enum SearchTerms {
    /// Where a term was found: the title ranks above the summary, the summary above the text.
    enum Field: UInt8 { case text = 0, summary = 1, title = 2 }

    /// The terms of a page, each with the best field it occurs in.
    static func terms(title: String, summary: String, text: String) -> [String: Field] {
        var found: [String: Field] = [:]
        for (field, value) in [(Field.text, text), (.summary, summary), (.title, title)] {
            // Each distinct word once, as bytes: a String per occurrence, hashed with Unicode's
            // rules, was most of the cost of a page's terms.
            var seen = Set<[UInt8]>()
            wordBytes(in: value, compounds: true) { seen.insert($0) }
            for word in seen { found[term(bytes: word)] = field }
        }
        return found
    }

    /// The folded words of `text` in order (with hyphenated compounds joined, after their
    /// parts, when `compounds`).
    static func words(in text: String, compounds: Bool = false, _ body: (String) -> Void) {
        wordBytes(in: text, compounds: compounds) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// `words(in:compounds:_:)` as the UTF-8 bytes of each word. One pass over the text's
    /// bytes, with no closure per letter: every page's whole text goes through here.
    static func wordBytes(in text: String, compounds: Bool = false, _ body: ([UInt8]) -> Void) {
        var collector = WordCollector(compounds: compounds)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = UInt32(bytes[index])
                var value = lead
                if lead >= 0xF0, index + 3 < count {
                    value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                } else if lead >= 0xE0, index + 2 < count {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else if lead >= 0xC0, index + 1 < count {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else {
                    index += 1
                }
                switch value {
                case 0x41...0x5A, 0x410...0x42F: collector.take(value + 0x20, body)
                case 0...0x7F, 0x430...0x44F: collector.take(value, body)
                case 0x401, 0x451: collector.take(0x435, body)
                case 0x4A2, 0x4A3: collector.take(0x43D, body)
                case 0x4E8, 0x4E9: collector.take(0x43E, body)
                case 0x4AE, 0x4AF: collector.take(0x443, body)
                default:
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    fold(scalar) { collector.take($0.value, body) }
                }
            }
        }
        collector.endWord(body)
        collector.endCompound(body)
    }

    /// The words being gathered by `wordBytes`, one folded letter at a time.
    private struct WordCollector {
        let compounds: Bool
        var word: [UInt8] = []
        var letters = 0
        var compound: [UInt8] = []
        var parts = 0
        var afterHyphen = false

        init(compounds: Bool) { self.compounds = compounds }

        @inline(__always)
        mutating func take(_ letter: UInt32, _ body: ([UInt8]) -> Void) {
            let isWord: Bool
            switch letter {
            case 0x61...0x7A, 0x30...0x39, 0x430...0x44F: isWord = true
            case 0...0x7F: isWord = false
            default: isWord = Unicode.Scalar(letter).map(SearchTerms.isWordScalar) ?? false
            }
            if isWord {
                if word.isEmpty, !afterHyphen { endCompound(body) }
                afterHyphen = false
                if letter < 0x80 {
                    word.append(UInt8(letter))
                } else if letter < 0x800 {
                    word.append(UInt8(0xC0 | letter >> 6))
                    word.append(UInt8(0x80 | letter & 0x3F))
                } else {
                    UTF8.encode(Unicode.Scalar(letter)!) { word.append($0) }
                }
                letters += 1
            } else {
                let hyphen = !word.isEmpty && (letter == 0x2D || letter == 0x2010 || letter == 0x2011)
                endWord(body)
                if !hyphen { endCompound(body) }
                afterHyphen = hyphen
            }
        }

        mutating func endWord(_ body: ([UInt8]) -> Void) {
            guard !word.isEmpty else { return }
            if letters > 1 { body(word) }
            if compounds { compound.append(contentsOf: word) }
            parts += 1
            word.removeAll(keepingCapacity: true)
            letters = 0
        }

        mutating func endCompound(_ body: ([UInt8]) -> Void) {
            if compounds, parts > 1 { body(compound) }
            compound.removeAll(keepingCapacity: true)
            parts = 0
        }
    }

    /// The folded words of `text`, as a list.
    static func words(in text: String) -> [String] {
        var list: [String] = []
        words(in: text) { list.append($0) }
        return list
    }

    /// `term(_:)` of a word given as UTF-8 bytes, looked up by its bytes: hashing a Cyrillic
    /// String checks its normalisation, hashing bytes does not.
    static func term(bytes word: [UInt8]) -> String {
        if let cached = StemCache.shared.stem(of: word) { return cached }
        let stem = term(String(decoding: word, as: UTF8.self))
        StemCache.shared.keep(stem, for: word)
        return stem
    }

    /// A folded word's term: its stem where it is all Russian (`а`–`я`, `ё`) or all English letters.
    static func term(_ word: String) -> String {
        var russian = true, english = true
        for scalar in word.unicodeScalars {
            if !(0x430...0x44F).contains(scalar.value), scalar.value != 0x451 { russian = false }
            if !(0x61...0x7A).contains(scalar.value) { english = false }
        }
        return russian ? RussianStemmer.stem(word) : english ? EnglishStemmer.stem(word) : word
    }

    /// Every page has mostly the same words: each is stemmed once per process, on any thread.
    private final class StemCache: @unchecked Sendable {
        static let shared = StemCache()
        private let lock = NSLock()
        private var stems: [[UInt8]: String] = [:]

        func stem(of word: [UInt8]) -> String? { lock.withLock { stems[word] } }
        func keep(_ stem: String, for word: [UInt8]) { lock.withLock { stems[word] = stem } }
    }

    /// Lowercase and fold one scalar (lowercasing may give more than one).
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0x410...0x42F: body(Unicode.Scalar(value + 0x20)!)
        case 0...0x7F, 0x430...0x44F: body(scalar)
        case 0x401, 0x451: body("е")
        case 0x4A2, 0x4A3: body("н")
        case 0x4E8, 0x4E9: body("о")
        case 0x4AE, 0x4AF: body("у")
        default:
            if scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { body(lower) }
            } else {
                body(scalar)
            }
        }
    }

    /// Letters and decimal digits (JavaScript's `[\p{Alphabetic}\p{Nd}]`).
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61...0x7A, 0x30...0x39, 0x430...0x44F: true
        case 0...0x7F: false
        default: scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
        }
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
