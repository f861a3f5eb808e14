import CasebookSupport
import Foundation
import Testing

/// The byte-level text helpers give what Foundation's literal operations give (`.literal`:
/// no canonical equivalence, which no pattern the generator replaces needs).
@Suite struct LiteralTextTests {
    static let texts = ["", "a", "aaaa", "abcabcab", "Проблема <table> и </table> снова <table>", "e\u{301}<é>\u{301}",
                        "😀<table>😀", "<table><table>", "x\r\ny\r\n\r\n", "  \t\n Текст \u{2003}\u{85}\n", "\u{3000}"]
    static let patterns = [("a", "b"), ("aa", "x"), ("abc", ""), ("<table>", "<div><table>"), ("</table>", "</table></div>"),
                           ("\r\n", "\n"), ("😀", "?"), ("é", "e"), ("e", "E"), ("Текст", "Text")]

    @Test func replacingAndContainingMatchFoundation() {
        for text in Self.texts {
            for (target, replacement) in Self.patterns {
                #expect(text.replacingLiteral(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement, options: .literal),
                        "\(text.debugDescription) \(target.debugDescription)")
                #expect(text.containsLiteral(target) == (text.range(of: target, options: .literal) != nil))
            }
        }
    }

    @Test func trimmingMatchesFoundation() {
        for text in Self.texts + [" \u{A0}x\u{2028}", "\u{200B}x\u{200B}", "\n\n"] {
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test func trimmingBytesMatchesTrimmingText() {
        for text in Self.texts + [" \u{A0}x\u{2028}", "\u{200B}x\u{200B}", "\n\n", "\u{3000}Текст\u{85}", " Ж ", "x\u{301} "] {
            #expect(String(decoding: UTF8Characters.trimmingWhitespace(Array(text.utf8)), as: UTF8.self) == text.trimmingWhitespace(),
                    "\(text.debugDescription)")
        }
    }

    @Test func prefixOfCharactersIsTheStandardPrefix() {
        let samples = Self.texts + ["Проблема решена: 170 детей — «сад»", "e\u{301}e\u{301}e", "a\r\nb\r\nc", "🇰🇬🇰🇬x", "한국어 텍스트",
                                    "Көк-Жайлоо ңөү", "x\u{200D}y", String(repeating: "Абв ", count: 50)]
        for text in samples {
            for count in [0, 1, 2, 3, 5, 10, 100, 1000] {
                #expect(text.prefix(characters: count) == String(text.prefix(count)), "\(text.debugDescription) \(count)")
            }
        }
    }

    /// Long texts take the eight-bytes-at-a-time path: cut at every length, it must agree with
    /// the standard library wherever a chunk ends (on a lead, after a combining mark, at an emoji).
    @Test func prefixOfLongTextsIsTheStandardPrefix() {
        let pieces = ["Проблема ", "решена: ", "170 детей — «сад»\n", "Αλφα ", "e\u{301}", "\tx", "🇰🇬", "Ж", "ab", "ñ", "ё"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            let text = (0..<Int.random(in: 1...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            for count in [0, 1, 7, 8, 9, 15, 16, 17, 31, 64, 200, 1000] {
                #expect(text.prefix(characters: count) == String(text.prefix(count)), "\(text.debugDescription) \(count)")
                // The offset itself, which the search index cuts bytes at, is a Character boundary.
                if let offset = bytes.withUnsafeBufferPointer({ UTF8Characters.scan($0, upTo: count)?.offset }) {
                    #expect(offset == text.prefix(count).utf8.count, "\(text.debugDescription) \(count)")
                }
            }
            #expect(UTF8Characters.count(Array(text.utf8)[...]) == text.count, "\(text.debugDescription)")
        }
    }

    /// Russian and English text is scanned without falling back to the standard library, and
    /// stops on a Character boundary whichever byte the eight-byte chunks end on.
    @Test func scanOfPlainTextStopsOnCharacterBoundaries() {
        for lead in ["", "a", "ab", "abc", "a b"] {
            for body in ["Ж", "Жa", "Ж ", "жёлтый сад ", "Αβ"] {
                let text = lead + String(repeating: body, count: 20)
                let bytes = Array(text.utf8)
                for count in [1, 8, 9, 10, 11, 12, 13, 20, 33] {
                    let offset = bytes.withUnsafeBufferPointer { UTF8Characters.scan($0, upTo: count)?.offset }
                    #expect(offset == text.prefix(count).utf8.count, "\(text.debugDescription) \(count)")
                }
            }
        }
    }

    @Test func characterCountOfBytesIsTheStandardCount() {
        let samples = Self.texts + ["Проблема решена: 170 детей — «сад»", "e\u{301}e", "a\r\nb", "🇰🇬x", "한국어", "Көк-Жайлоо ңөү",
                                    "x\u{200D}y", "\u{20AC}5 … ‰", "a\u{0}b"]
        for text in samples {
            let bytes = Array(text.utf8)
            #expect(UTF8Characters.count(bytes[...]) == text.count, "\(text.debugDescription)")
        }
    }

    @Test func replacingSeveralLiteralsInOnePass() {
        let text = "<p>a</p><table><tr></tr></table> aria-label=\"Back\" <table>"
        let replaced = text.replacingLiterals([("<table>", "<div><table>"), ("</table>", "</table></div>"), ("aria-label=\"Back\"", "x")])
        #expect(replaced == "<p>a</p><div><table><tr></tr></table></div> x <div><table>")
        #expect("plain".replacingLiterals([("<table>", "y")]) == "plain")
    }
}
