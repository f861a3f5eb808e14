/// The Snowball English stemmer, Porter2 (https://snowballstem.org/algorithms/english/stemmer.html),
/// written from its published algorithm (`algorithms/english.sbl`, with the 2025 rules for
/// -ing, -eed and -ogist). Expects lowercase letters.
enum EnglishStemmer {
    static func stem(_ text: String) -> String {
        if let special = exceptions[text] { return special }
        var word = StemmerWord(text)
        guard word.count >= 3 else { return text }
        if word.letters.first == "'" { word.letters.removeFirst() }
        markY(&word)
        let (r1, r2) = regions(word.letters)
        step1a(&word)
        step1b(&word, r1: r1)
        step1c(&word)
        step2(&word, r1: r1)
        step3(&word, r1: r1, r2: r2)
        step4(&word, r2: r2)
        step5(&word, r1: r1, r2: r2)
        for index in word.letters.indices where word.letters[index] == "Y" { word.letters[index] = "y" }
        return word.text
    }

    static func isVowel(_ letter: Unicode.Scalar?) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }

    /// A `y` at the start or after a vowel is a consonant: written `Y` until the end.
    static func markY(_ word: inout StemmerWord) {
        if word.letters.first == "y" { word.letters[0] = "Y" }
        var index = 0
        while index + 1 < word.count {
            if isVowel(word.letters[index]), word.letters[index + 1] == "y" {
                word.letters[index + 1] = "Y"
                index += 2
            } else {
                index += 1
            }
        }
    }

    static func regions(_ letters: [Unicode.Scalar]) -> (r1: Int, r2: Int) {
        let end = letters.count
        func afterVowelConsonant(_ start: Int) -> Int? {
            var index = start
            while index < end, !isVowel(letters[index]) { index += 1 }
            while index < end, isVowel(letters[index]) { index += 1 }
            return index < end ? index + 1 : nil
        }
        let r1 = r1Prefixes.first { prefix in letters.starts(with: prefix) }.map(\.count) ?? afterVowelConsonant(0)
        guard let r1 else { return (end, end) }
        return (r1, afterVowelConsonant(r1) ?? end)
    }

    /// A short syllable ends at `end`: consonant (not w, x, Y), vowel, consonant, or a vowel and
    /// a consonant that start the word, or `past`.
    static func endsShortSyllable(_ letters: [Unicode.Scalar], at end: Int) -> Bool {
        if end >= 3, !isVowel(letters[end - 1]), !["w", "x", "Y"].contains(letters[end - 1]),
           isVowel(letters[end - 2]), !isVowel(letters[end - 3]) { return true }
        if end == 2, isVowel(letters[0]), !isVowel(letters[1]) { return true }
        return end >= 4 && Array(letters[(end - 4)..<end]) == Array("past".unicodeScalars)
    }

    static func step1a(_ word: inout StemmerWord) {
        if let apostrophe = word.longestSuffix(apostrophes) { word.letters.removeLast(apostrophe.count) }
        guard let suffix = word.longestSuffix(step1aSuffixes) else { return }
        let start = word.count - suffix.count
        switch String(String.UnicodeScalarView(suffix)) {
        case "sses": word.replaceSuffix(4, with: "ss")
        case "ied", "ies": word.replaceSuffix(3, with: start >= 2 ? "i" : "ie")
        case "s":
            if start >= 2, word.letters[..<(start - 1)].contains(where: isVowel) { word.letters.removeLast() }
        default: break
        }
    }

    static func step1b(_ word: inout StemmerWord, r1: Int) {
        guard let suffix = word.longestSuffix(step1bSuffixes) else { return }
        let start = word.count - suffix.count
        let stem = Array(word.letters[..<start])
        switch String(String.UnicodeScalarView(suffix)) {
        case "eed", "eedly":
            if start >= r1, !eedExceptions.contains(stem) { word.replaceSuffix(suffix.count, with: "ee") }
            return
        case "ing":
            // dying → die; inning, outing… stay whole.
            if let before = StemmerWord(letters: stem).longestSuffix(ingExceptions) {
                if before == ["y"] {
                    if stem.count == 2, !isVowel(stem[0]) { word.replaceSuffix(4, with: "ie"); return }
                } else if before.count == stem.count {
                    return
                }
            }
        default: break
        }
        guard stem.contains(where: isVowel) else { return }
        word.letters = stem
        if word.longestSuffix(restoreE) != nil {
            word.letters.append("e")
        } else if let double = word.longestSuffix(doubles) {
            let before = word.count - double.count - 1
            if before == 0, ["a", "e", "o"].contains(word.letters[0]) { return }
            word.letters.removeLast()
        } else if word.count == r1, endsShortSyllable(word.letters, at: word.count) {
            word.letters.append("e")
        }
    }

    static func step1c(_ word: inout StemmerWord) {
        let end = word.count
        guard end >= 3, word.letters[end - 1] == "y" || word.letters[end - 1] == "Y", !isVowel(word.letters[end - 2]) else { return }
        word.letters[end - 1] = "i"
    }

    static func step2(_ word: inout StemmerWord, r1: Int) {
        guard let suffix = word.longestSuffix(step2Rules.keys), word.count - suffix.count >= r1 else { return }
        let before = word.count > suffix.count ? word.letters[word.count - suffix.count - 1] : nil
        switch String(String.UnicodeScalarView(suffix)) {
        case "ogi": if before == "l" { word.replaceSuffix(3, with: "og") }
        case "li": if let before, validLi.contains(before) { word.letters.removeLast(2) }
        case let key: word.replaceSuffix(suffix.count, with: step2Rules.replacement[key] ?? "")
        }
    }

    static func step3(_ word: inout StemmerWord, r1: Int, r2: Int) {
        guard let suffix = word.longestSuffix(step3Rules.keys) else { return }
        let start = word.count - suffix.count
        guard start >= r1 else { return }
        let key = String(String.UnicodeScalarView(suffix))
        if key == "ative" {
            if start >= r2 { word.letters.removeLast(5) }
        } else {
            word.replaceSuffix(suffix.count, with: step3Rules.replacement[key] ?? "")
        }
    }

    static func step4(_ word: inout StemmerWord, r2: Int) {
        guard let suffix = word.longestSuffix(step4Suffixes) else { return }
        let start = word.count - suffix.count
        guard start >= r2 else { return }
        if suffix == Array("ion".unicodeScalars) {
            guard start >= 1, word.letters[start - 1] == "s" || word.letters[start - 1] == "t" else { return }
        }
        word.letters.removeLast(suffix.count)
    }

    static func step5(_ word: inout StemmerWord, r1: Int, r2: Int) {
        let start = word.count - 1
        guard start >= 0 else { return }
        if word.letters[start] == "e" {
            if start >= r2 || (start >= r1 && !endsShortSyllable(word.letters, at: start)) { word.letters.removeLast() }
        } else if word.letters[start] == "l", start >= r2, start >= 1, word.letters[start - 1] == "l" {
            word.letters.removeLast()
        }
    }

    /// Suffixes and what replaces each.
    struct Rules {
        var keys: [[Unicode.Scalar]]
        var replacement: [String: String]
        init(_ pairs: KeyValuePairs<String, String>) {
            keys = pairs.map { Array($0.key.unicodeScalars) }
            replacement = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
        }
    }

    static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli",
        "only": "onli", "singly": "singl", "sky": "sky", "news": "news", "howe": "howe",
        "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    static let r1Prefixes = StemmerWord.list("gener commun arsen past univers later emerg organ inter")
    static let apostrophes = StemmerWord.list("' 's 's'")
    static let step1aSuffixes = StemmerWord.list("sses ied ies s us ss")
    static let step1bSuffixes = StemmerWord.list("eed eedly ed edly ingly ing")
    static let eedExceptions = StemmerWord.list("proc exc succ")
    static let ingExceptions = StemmerWord.list("y inn out cann herr earr even")
    static let restoreE = StemmerWord.list("at bl iz")
    static let doubles = StemmerWord.list("bb dd ff gg mm nn pp rr tt")
    static let validLi = Set("cdeghkmnrt".unicodeScalars)
    static let step2Rules = Rules([
        "tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent", "izer": "ize",
        "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate", "alism": "al", "aliti": "al",
        "alli": "al", "fulness": "ful", "ousli": "ous", "ousness": "ous", "iveness": "ive", "iviti": "ive",
        "biliti": "ble", "bli": "ble", "ogist": "og", "ogi": "og", "fulli": "ful", "lessli": "less", "li": "",
    ])
    static let step3Rules = Rules([
        "tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic", "ical": "ic",
        "ful": "", "ness": "", "ative": "",
    ])
    static let step4Suffixes = StemmerWord.list("al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion")
}
