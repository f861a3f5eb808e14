@testable import CasebookModel
import Foundation
import Testing

/// The byte-level text checks of loading answer exactly as the Foundation calls they replace.
@Suite struct TextChecksTests {
    static let samples = ["", " ", "\t \t", "\u{A0}", "\u{2003}\u{3000}", "\n", " \r\n ", "a", " Айыл ", "\u{200B}",
                          "\u{301}", " x\u{301} ", "\u{85}", "\u{2028}"]

    @Test func blankIsFoundationsTrimmingOfWhitespaces() {
        for text in Self.samples {
            #expect(text.isBlank == text.trimmingCharacters(in: .whitespaces).isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func fingerprintsAreStable() {
        // Written into translations as `translation_of`: a change here makes every translation
        // look outdated. Line ends, trailing spaces and surrounding blank lines do not count.
        let body = "## Проблема\n\nТекст с пробелом в конце   \nи ещё строка.\n"
        #expect(BodyFingerprint.of(body) == BodyFingerprint.of("\n\n" + body.replacingOccurrences(of: "\n", with: "\r\n") + "\u{A0}\n"))
        #expect(BodyFingerprint.of(body) != BodyFingerprint.of(body + "x"))
        #expect(BodyFingerprint.of("") == "cbf29ce484222325")
        #expect(BodyFingerprint.of("a") == "af63dc4c8601ec8c")
    }
}
