/// A word being stemmed, as Unicode scalars, with the suffix tests the Snowball algorithms
/// are written in: `limit` is where the backward region starts (Snowball's
/// `limit_backward`); a suffix, or a letter tested before one, must lie at or after it.
struct StemmerWord {
    var letters: [Unicode.Scalar]
    var limit = 0

    init(_ text: String) { letters = Array(text.unicodeScalars) }
    init(letters: [Unicode.Scalar]) { self.letters = letters }

    var count: Int { letters.count }
    var text: String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: letters)
        return String(out)
    }

    /// The longest of `suffixes` the word ends with inside the region; `nil` if none.
    func longestSuffix(_ suffixes: [[Unicode.Scalar]]) -> [Unicode.Scalar]? {
        var best: [Unicode.Scalar]?
        for suffix in suffixes where suffix.count > (best?.count ?? -1) && endsWith(suffix, at: letters.count) {
            best = suffix
        }
        return best
    }

    /// Whether `suffix` ends at `end` and starts inside the region.
    func endsWith(_ suffix: [Unicode.Scalar], at end: Int) -> Bool {
        let start = end - suffix.count
        guard start >= limit, end <= letters.count else { return false }
        for index in suffix.indices where letters[start + index] != suffix[index] { return false }
        return true
    }

    /// The letter at `index` if it lies inside the region.
    func letter(_ index: Int) -> Unicode.Scalar? {
        index >= limit && index < letters.count ? letters[index] : nil
    }

    mutating func replaceSuffix(_ length: Int, with replacement: String) {
        letters.removeLast(length)
        letters.append(contentsOf: replacement.unicodeScalars)
    }

    /// A list of suffixes written as one space-separated string.
    static func list(_ words: String) -> [[Unicode.Scalar]] {
        words.split(separator: " ").map { Array($0.unicodeScalars) }
    }
}
