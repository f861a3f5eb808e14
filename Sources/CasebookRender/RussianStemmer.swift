/// The Snowball Russian stemmer (https://snowballstem.org/algorithms/russian/stemmer.html),
/// written from its published algorithm (`algorithms/russian.sbl`): `ё` read as `е`, then
/// gerund, reflexive, adjectival, verb and noun endings removed inside RV, a final `и`, a
/// derivational `ость` inside R2, and the superlative `ейш(е)`, a double `н` or a soft sign.
/// Expects lowercase letters.
enum RussianStemmer {
    static func stem(_ text: String) -> String {
        var word = StemmerWord(text)
        for index in word.letters.indices where word.letters[index] == "ё" { word.letters[index] = "е" }
        let (rv, r2) = regions(word.letters)
        word.limit = rv
        if !removeEnding(perfectiveGerund, from: &word) {
            _ = removeEnding(reflexive, from: &word)
            if removeEnding(adjective, from: &word) {
                _ = removeEnding(participle, from: &word)
            } else if !removeEnding(verb, from: &word) {
                _ = removeEnding(noun, from: &word)
            }
        }
        if word.letter(word.count - 1) == "и" { word.letters.removeLast() }
        if let suffix = word.longestSuffix(derivational), word.count - suffix.count >= r2 {
            word.letters.removeLast(suffix.count)
        }
        tidyUp(&word)
        return word.text
    }

    /// RV starts after the first vowel; R2 after the next vowel-consonant pair past R1's start.
    static func regions(_ letters: [Unicode.Scalar]) -> (rv: Int, r2: Int) {
        let end = letters.count
        func past(_ start: Int, vowel: Bool) -> Int? {
            var index = start
            while index < end, isVowel(letters[index]) != vowel { index += 1 }
            return index < end ? index + 1 : nil
        }
        guard let rv = past(0, vowel: true) else { return (end, end) }
        guard let r1 = past(rv, vowel: false), let next = past(r1, vowel: true), let r2 = past(next, vowel: false) else {
            return (rv, end)
        }
        return (rv, r2)
    }

    static func isVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "а", "е", "и", "о", "у", "ы", "э", "ю", "я": true
        default: false
        }
    }

    /// Endings of one class: those of the first group are removed only after `а` or `я`.
    struct Endings {
        var afterA: [[Unicode.Scalar]]
        var other: [[Unicode.Scalar]]
        init(afterA: String = "", _ other: String) {
            self.afterA = StemmerWord.list(afterA)
            self.other = StemmerWord.list(other)
        }
    }

    /// Removes the longest ending of the class; `false` if there is none, or if the longest
    /// one needs an `а`/`я` before it and has none (Snowball's `among` does not try a shorter one).
    static func removeEnding(_ endings: Endings, from word: inout StemmerWord) -> Bool {
        guard let suffix = word.longestSuffix(endings.afterA + endings.other) else { return false }
        if endings.afterA.contains(suffix) {
            let before = word.letter(word.count - suffix.count - 1)
            guard before == "а" || before == "я" else { return false }
        }
        word.letters.removeLast(suffix.count)
        return true
    }

    static func tidyUp(_ word: inout StemmerWord) {
        guard let suffix = word.longestSuffix(tidy) else { return }
        switch suffix.count {
        case 1 where suffix == ["н"]:
            if word.letter(word.count - 2) == "н" { word.letters.removeLast() }
        case 1:
            word.letters.removeLast()
        default:
            word.letters.removeLast(suffix.count)
            if word.letter(word.count - 1) == "н", word.letter(word.count - 2) == "н" { word.letters.removeLast() }
        }
    }

    static let perfectiveGerund = Endings(afterA: "в вши вшись", "ив ивши ившись ыв ывши ывшись")
    static let adjective = Endings("""
        ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею
        """)
    static let participle = Endings(afterA: "ем нн вш ющ щ", "ивш ывш ующ")
    static let reflexive = Endings("ся сь")
    static let verb = Endings(afterA: "ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно", """
        ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю
        """)
    static let noun = Endings("""
        а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я
        """)
    static let derivational = StemmerWord.list("ост ость")
    static let tidy = StemmerWord.list("ейш ейше н ь")
}
