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
            var seen = Set<String>()
            words(in: value, compounds: true) { seen.insert($0) }
            for word in seen { found[term(word)] = field }
        }
        return found
    }

    /// The folded words of `text` in order (with hyphenated compounds joined, after their
    /// parts, when `compounds`).
    static func words(in text: String, compounds: Bool = false, _ body: (String) -> Void) {
        // Words gathered as UTF-8 bytes: appending scalars to a String's scalar view cost
        // three quarters of a 1,000-case build.
        var word: [UInt8] = []
        var letters = 0
        var compound: [UInt8] = []
        var parts = 0
        var afterHyphen = false
        func endWord() {
            guard !word.isEmpty else { return }
            if letters > 1 { body(String(decoding: word, as: UTF8.self)) }
            if compounds { compound.append(contentsOf: word) }
            parts += 1
            word.removeAll(keepingCapacity: true)
            letters = 0
        }
        func endCompound() {
            if compounds, parts > 1 { body(String(decoding: compound, as: UTF8.self)) }
            compound.removeAll(keepingCapacity: true)
            parts = 0
        }
        for scalar in text.unicodeScalars {
            fold(scalar) { letter in
                if isWordScalar(letter) {
                    if word.isEmpty, !afterHyphen { endCompound() }
                    afterHyphen = false
                    UTF8.encode(letter) { word.append($0) }
                    letters += 1
                } else {
                    let hyphen = !word.isEmpty && isHyphen(letter)
                    endWord()
                    if !hyphen { endCompound() }
                    afterHyphen = hyphen
                }
            }
        }
        endWord()
        endCompound()
    }

    /// The folded words of `text`, as a list.
    static func words(in text: String) -> [String] {
        var list: [String] = []
        words(in: text) { list.append($0) }
        return list
    }

    /// A folded word's term: its stem where it is all Russian (`а`–`я`, `ё`) or all English letters.
    static func term(_ word: String) -> String {
        cacheLock.lock()
        let cached = cache[word]
        cacheLock.unlock()
        if let cached { return cached }
        var russian = true, english = true
        for scalar in word.unicodeScalars {
            if !(0x430...0x44F).contains(scalar.value), scalar.value != 0x451 { russian = false }
            if !(0x61...0x7A).contains(scalar.value) { english = false }
        }
        let stem = russian ? RussianStemmer.stem(word) : english ? EnglishStemmer.stem(word) : word
        cacheLock.lock()
        cache[word] = stem
        cacheLock.unlock()
        return stem
    }

    /// Every page has mostly the same words: each is stemmed once per process.
    nonisolated(unsafe) private static var cache: [String: String] = [:]
    private static let cacheLock = NSLock()

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
