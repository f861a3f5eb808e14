@testable import CasebookModel
import Testing
import Yams

/// On thousands of generated front matters the fast reader either declines or gives exactly
/// the tree Yams gives (texts, styles, tags, positions); control characters never get through.
@Suite struct PlainYAMLDifferentialTests {
    static let documentCount = 6_000

    @Test func fastReaderAgreesWithYamsOnEveryDocumentItAccepts() throws {
        var generator = FrontMatterGenerator(seed: 20_221_130)
        var accepted = 0
        var tags = Set<String>()
        for number in 0..<Self.documentCount {
            let text = generator.document()
            guard let fast = PlainYAML.parse(text) else { continue }
            accepted += 1
            let mine = YAMLTreeText.lines(fast)
            let oracle: [String]
            do { oracle = YAMLTreeText.lines(try YAMLTreeText.yams(text)) } catch {
                Issue.record("document \(number) \(text.debugDescription): read here, but Yams says \(error)")
                continue
            }
            #expect(mine == oracle, "document \(number): \(text.debugDescription)")
            for line in mine where line.hasPrefix("scalar") { tags.insert(String(line.split(separator: " ").dropLast().last ?? "")) }
        }
        // Enough of them take the fast way, with every kind of scalar, for the comparison to mean something.
        #expect(accepted > Self.documentCount / 4, "\(accepted) of \(Self.documentCount)")
        #expect(tags.isSuperset(of: ["str", "null", "bool", "int", "float", "timestamp", "merge", "value"]), "\(tags)")
    }

    @Test func documentsWithControlCharactersAreNeverReadFast() {
        var generator = FrontMatterGenerator(seed: 7)
        var seen = 0
        for _ in 0..<Self.documentCount {
            let text = generator.document()
            guard !YAMLForbiddenCharacters.find(in: text).isEmpty else { continue }
            seen += 1
            #expect(PlainYAML.parse(text) == nil, "\(text.debugDescription)")
            var diagnostics = Diagnostics()
            #expect(YAMLReader(file: "f.md", lineOffset: 1).parse(text, into: &diagnostics) == nil)
            #expect(diagnostics.hasErrors)
            #expect(diagnostics.all.allSatisfy { $0.location?.line ?? 0 > 1 && $0.message.description.hasSuffix("is not allowed in YAML; remove it") },
                    "\(diagnostics.all)")
        }
        #expect(seen > 100)
    }

    /// The hand-written resolver against Yams' regular expressions, word by word.
    @Test(arguments: FrontMatterGenerator.words + ["", "0b", "0x", "0o", "+", "-.5", ".5e3", ".5e+3", "1_", "._", "+.inf", "-.nan",
                                                   "2022-06-3", "2022-06-30 ", "2022-06-30T1:00:00Z", "2022-06-30 1:00:00 +5",
                                                   "2022-06-30 10:00:00.5 -05:30", "1:60", "1:5:", "0:30", "<", "==", "07", "08", "0_7"])
    func plainScalarTagsAreYams(word: String) throws {
        let yams = Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(word)))
        #expect(YamsComposer.tag(yams) == YAMLTagResolver.tag(ofPlain: word))
    }
}
