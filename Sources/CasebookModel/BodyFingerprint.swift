import CasebookSupport

/// A short fingerprint of a text: the body-only `translation_of` of older translations, and
/// the hash under `TranslationFingerprint`, which also covers the front-matter texts.
/// FNV-1a (64 bit) over the text with line ends and trailing spaces normalised: stable across
/// machines and editors, and enough to notice an edit (it is not a security hash).
public enum BodyFingerprint {
    public static func of(_ body: String) -> String {
        // Byte-level replace and trim (CasebookSupport): the same results as Foundation's
        // `replacingOccurrences` and `trimmingCharacters(in: .whitespacesAndNewlines)`, which
        // bridge the whole body to UTF-16 on Linux.
        let normalised = body.replacingLiteral("\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingTrailingSpaces() }
            .joined(separator: "\n")
            .trimmingWhitespace()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalised.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
