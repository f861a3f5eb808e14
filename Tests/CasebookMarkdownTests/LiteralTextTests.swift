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
}
