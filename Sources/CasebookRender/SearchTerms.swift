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
        let numbers = termNumbers(title: title, summary: summary, text: text)
        let names = SearchTermTable.shared.terms(numbers.map { $0 >> 2 })
        return Dictionary(uniqueKeysWithValues: numbers.map { (names[$0 >> 2]!, Field(rawValue: UInt8($0 & 3))!) })
    }

    /// The terms of a page as `SearchTermTable` numbers, each shifted left by two with the best
    /// field it occurs in below, in increasing order. Each distinct word is looked up once;
    /// a word that occurs again costs only its hash.
    static func termNumbers(title: String, summary: String, text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { termNumbers(title: title, summary: summary, text: $0) }
    }

    /// The same for a text given as valid UTF-8.
    static func termNumbers(title: String, summary: String, text: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var page = PageWords()
        wordBytes(in: text, compounds: true, into: &page)
        page.field = .summary
        var summary = summary, title = title
        summary.withUTF8 { wordBytes(in: $0, compounds: true, into: &page) }
        page.field = .title
        title.withUTF8 { wordBytes(in: $0, compounds: true, into: &page) }
        let (set, fields) = (page.set, page.fields)
        let numbers = SearchTermTable.shared.termNumbers(of: set)
        var packed = zip(numbers, fields).map { $0 << 2 | UInt32($1.rawValue) }
        packed.sort()
        // Two words with one stem: the term keeps the better field (the larger number).
        var kept: [UInt32] = []
        kept.reserveCapacity(packed.count)
        for value in packed {
            if let last = kept.last, last >> 2 == value >> 2 { kept[kept.count - 1] = value } else { kept.append(value) }
        }
        return kept
    }

    /// The folded words of `text` in order (with hyphenated compounds joined, after their
    /// parts, when `compounds`).
    static func words(in text: String, compounds: Bool = false, _ body: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            withoutActuallyEscaping(body) { body in
                var sink = ClosureWordSink { body(String(decoding: $0, as: UTF8.self)) }
                wordBytes(in: bytes, compounds: compounds, into: &sink)
            }
        }
    }

    /// `words(in:compounds:_:)` of valid UTF-8, as the bytes of each word. One pass over the
    /// bytes: ASCII and the Russian alphabet are folded byte by byte, anything else through
    /// its scalar. Every page's whole text goes through here.
    static func wordBytes<Sink: WordSink>(in bytes: UnsafeBufferPointer<UInt8>, compounds: Bool = false,
                                          into sink: inout Sink) {
        withUnsafeMutablePointer(to: &sink) { sink in
            var collector = WordCollector(compounds: compounds, sink: sink)
            defer { collector.release() }
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    switch lead {
                    case 0x41...0x5A: collector.letter(lead + 0x20); index += 1
                        collector.asciiRun(bytes, from: &index)
                    case 0x61...0x7A, 0x30...0x39: collector.letter(lead); index += 1
                        collector.asciiRun(bytes, from: &index)
                    default: collector.separator(hyphen: lead == 0x2D); index += 1
                    }
                    continue
                }
                if index + 1 < count {
                    let next = bytes[index + 1]
                    // А–Я, а–я, Ё and ё: two bytes each, lowercased and folded in place.
                    if lead == 0xD0 {
                        switch next {
                        case 0x90...0x9F: collector.letter(0xD0, next + 0x20); index += 2
                            collector.lowercaseRussianRun(bytes, from: &index); continue
                        case 0xA0...0xAF: collector.letter(0xD1, next - 0x20); index += 2
                            collector.lowercaseRussianRun(bytes, from: &index); continue
                        case 0xB0...0xBF: collector.letter(0xD0, next); index += 2
                            collector.lowercaseRussianRun(bytes, from: &index); continue
                        case 0x81: collector.letter(0xD0, 0xB5); index += 2
                            collector.lowercaseRussianRun(bytes, from: &index); continue
                        default: break
                        }
                    } else if lead == 0xD1 {
                        switch next {
                        case 0x80...0x8F: collector.letter(0xD1, next); index += 2
                            collector.lowercaseRussianRun(bytes, from: &index); continue
                        case 0x91: collector.letter(0xD0, 0xB5); index += 2
                            collector.lowercaseRussianRun(bytes, from: &index); continue
                        default: break
                        }
                    }
                }
                var value = UInt32(lead)
                if lead >= 0xF0, index + 3 < count {
                    value = (value & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                } else if lead >= 0xE0, index + 2 < count {
                    value = (value & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else if lead >= 0xC0, index + 1 < count {
                    value = (value & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else {
                    index += 1
                }
                switch value {
                // General punctuation (dashes, quotes, the ellipsis, spaces) and Latin-1's
                // (« », the no-break space) hold no letters: common in Russian text, and
                // cheaper told apart here than through the scalar's properties.
                case 0x2000...0x206F: collector.separator(hyphen: value == 0x2010 || value == 0x2011)
                case 0xA0...0xBF where value != 0xAA && value != 0xB5 && value != 0xBA: collector.separator(hyphen: false)
                default:
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    fold(scalar) { collector.scalar($0) }
                }
            }
            collector.endWord()
            collector.endCompound()
        }
    }

    /// The words being gathered by `wordBytes`, one folded letter at a time, in buffers that
    /// grow to the longest word and the longest hyphenated compound.
    private struct WordCollector<Sink: WordSink> {
        let compounds: Bool
        /// The caller's sink, for as long as `wordBytes` runs.
        let sink: UnsafeMutablePointer<Sink>
        var word: UnsafeMutablePointer<UInt8>
        var wordCapacity = 256
        var compound: UnsafeMutablePointer<UInt8>
        var compoundCapacity = 256
        var wordCount = 0
        /// `WordSet.hash` of the word's bytes so far.
        var wordHash = WordSet.hashStart
        var letters = 0
        var compoundCount = 0
        var parts = 0
        var afterHyphen = false

        init(compounds: Bool, sink: UnsafeMutablePointer<Sink>) {
            self.compounds = compounds
            self.sink = sink
            word = .allocate(capacity: wordCapacity)
            compound = .allocate(capacity: compoundCapacity)
        }

        func release() {
            word.deallocate()
            compound.deallocate()
        }

        /// Room for `more` bytes of the word.
        @inline(__always)
        mutating func reserve(_ more: Int) {
            if wordCount + more > wordCapacity { grow(&word, count: wordCount, capacity: &wordCapacity, to: wordCount + more) }
        }

        private func grow(_ buffer: inout UnsafeMutablePointer<UInt8>, count: Int, capacity: inout Int, to needed: Int) {
            while capacity < needed { capacity *= 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = larger
        }

        /// Lowercase Russian letters (`а`–`я`) after one just taken, as they are: most of a
        /// Russian text, without a call per letter.
        @inline(__always)
        mutating func lowercaseRussianRun(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) {
            // The word's state in locals: a store through `word` could otherwise be taken to
            // change the fields, which would be read from memory again after every letter.
            let count = bytes.count
            var buffer = word, length = wordCount, hash = wordHash, taken = 0, at = index
            defer {
                wordCount = length
                wordHash = hash
                letters += taken
                index = at
            }
            while at + 1 < count {
                let lead = bytes[at], next = bytes[at + 1]
                guard lead == 0xD0 && next >= 0xB0 && next <= 0xBF || lead == 0xD1 && next >= 0x80 && next <= 0x8F else { return }
                if length + 2 > wordCapacity {
                    grow(&word, count: length, capacity: &wordCapacity, to: length + 2)
                    buffer = word
                }
                buffer[length] = lead
                buffer[length + 1] = next
                hash = WordSet.hash(WordSet.hash(hash, adding: lead), adding: next)
                length += 2
                taken += 1
                at += 2
            }
        }

        /// ASCII letters and digits after one just taken, lowercased: most of an English text,
        /// without a call per letter.
        @inline(__always)
        mutating func asciiRun(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) {
            let count = bytes.count
            var buffer = word, length = wordCount, hash = wordHash, taken = 0, at = index
            defer {
                wordCount = length
                wordHash = hash
                letters += taken
                index = at
            }
            while at < count {
                var byte = bytes[at]
                if byte &- 0x61 < 26 || byte &- 0x30 < 10 {
                } else if byte &- 0x41 < 26 {
                    byte += 0x20
                } else {
                    return
                }
                if length + 1 > wordCapacity {
                    grow(&word, count: length, capacity: &wordCapacity, to: length + 1)
                    buffer = word
                }
                buffer[length] = byte
                hash = WordSet.hash(hash, adding: byte)
                length += 1
                taken += 1
                at += 1
            }
        }

        /// An ASCII letter or digit, already lowercased.
        @inline(__always)
        mutating func letter(_ byte: UInt8) {
            if wordCount == 0, !afterHyphen { endCompoundSilently() }
            afterHyphen = false
            reserve(1)
            word[wordCount] = byte
            wordHash = WordSet.hash(wordHash, adding: byte)
            wordCount += 1
            letters += 1
        }

        /// A two-byte letter, already lowercased and folded.
        @inline(__always)
        mutating func letter(_ first: UInt8, _ second: UInt8) {
            if wordCount == 0, !afterHyphen { endCompound() }
            afterHyphen = false
            reserve(2)
            word[wordCount] = first
            word[wordCount + 1] = second
            wordHash = WordSet.hash(WordSet.hash(wordHash, adding: first), adding: second)
            wordCount += 2
            letters += 1
        }

        /// Anything that is not a letter or digit; a hyphen after a word joins a compound.
        @inline(__always)
        mutating func separator(hyphen: Bool) {
            let joins = hyphen && wordCount > 0
            endWord(continuing: joins)
            if !joins { endCompound() }
            afterHyphen = joins
        }

        /// Any other folded scalar.
        mutating func scalar(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            let isWord: Bool
            switch value {
            case 0x61...0x7A, 0x30...0x39:
                letter(UInt8(value))
                return
            case 0...0x7F: isWord = false
            default: isWord = SearchTerms.isWordScalar(scalar)
            }
            guard isWord else {
                separator(hyphen: value == 0x2D || value == 0x2010 || value == 0x2011)
                return
            }
            if wordCount == 0, !afterHyphen { endCompound() }
            afterHyphen = false
            reserve(4)
            UTF8.encode(scalar) { byte in
                word[wordCount] = byte
                wordHash = WordSet.hash(wordHash, adding: byte)
                wordCount += 1
            }
            letters += 1
        }

        /// `continuing`: a hyphen follows, so the word starts or goes on with a compound. Only
        /// the words of a compound are copied for it.
        mutating func endWord(continuing: Bool = false) {
            guard wordCount > 0 else { return }
            if letters > 1 { sink.pointee.take(UnsafeBufferPointer(start: word, count: wordCount), hash: wordHash) }
            if compounds, continuing || parts > 0 {
                if compoundCount + wordCount > compoundCapacity {
                    grow(&compound, count: compoundCount, capacity: &compoundCapacity, to: compoundCount + wordCount)
                }
                (compound + compoundCount).update(from: word, count: wordCount)
                compoundCount += wordCount
                parts += 1
            }
            wordCount = 0
            wordHash = WordSet.hashStart
            letters = 0
        }

        mutating func endCompound() {
            if compounds, parts > 1 {
                let whole = UnsafeBufferPointer(start: compound, count: compoundCount)
                sink.pointee.take(whole, hash: WordSet.hash(whole))
            }
            compoundCount = 0
            parts = 0
        }

        /// `endCompound` where no compound can be pending: an ASCII letter after a separator
        /// (the separator ended it) or at the start.
        @inline(__always)
        private mutating func endCompoundSilently() {
            compoundCount = 0
            parts = 0
        }
    }

    /// The folded words of `text`, as a list.
    static func words(in text: String) -> [String] {
        var list: [String] = []
        words(in: text) { list.append($0) }
        return list
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
