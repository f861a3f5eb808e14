import CasebookMarkdown
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
