@testable import CasebookModel
import CasebookTestSupport
import Foundation
import Testing
import Yams

/// The front-matter reader gives exactly the tree Yams' nodes convert to (texts, styles, tags,
/// positions), or leaves the text to Yams.
@Suite struct PlainYAMLTests {
    static func description(_ node: YAMLNode?) -> [String] { YAMLTreeText.lines(node) }

    static func yams(_ text: String) throws -> [String] { YAMLTreeText.lines(try YAMLTreeText.yams(text)) }

    static let supported = [
        "title: \"A half-day kindergarten\"\nsummary: Plain text, with commas [and brackets]\n",
        "title: 'It''s'\nyear: 2021\nbudget_kgs: 1_250_000\ndraft: true\nweight: -5\n",
        "highlights:\n  - \"170 children\"\n  - 62 mothers # a comment\n  - 'ok'\ntranslation_of: \"8e0d5b7af6a310a8\"\n",
        "highlights:\n- first\n- second\nnext: x\n",
        "sectors: [water, preschool]\ntarget_groups: [\"women\", 'pwd' ]\nempty: []\n",
        "funding:\n  - source: local\n    amount: 880000\n  - {source: donor, amount: 1200000}\nbeneficiaries:\n  women: 120\n  men: 80\n",
        "label: {ru: \"Вода, газ\", en: \"Water\"}\nname: Ак-Жылдыз · Ноокен\nquote: \"Кавычки \\\"внутри\\\" и \\\\ и \\u00e9 и \\n\"\n",
        "# a comment line\ntitle: x\n\n\nsummary:\nevaluation: ~\nimage_alt:   # nothing\nend: y\n",
        "title: «Ёлка» — 2024 г. итоги\n",
        "url: http://example.org/a#b\nratio: 3:2\n",
        "scores:\n  participation: 8\n  budgeting: 7.5\ncases: [pump, kindergarten]\nnomination: winner\n",
        "title: \"Ёжик\" # comment\nsummary: Ёжик в тумане   \n",
        "path: 'C:\\back\\slash'\nsay: 'It''s \"so\"'\nempty: ''\nnone: \"\"\n",
    ]

    static let unsupported = [
        "text: |\n  block\n", "text: >\n  folded\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: b\na: c\n",
        "title: one\n  two\n", "list: [a,\n  b]\n", "- a\n- b\n", "plain\n", "a: \"open\n", "\"quoted key\": 1\n",
        "a: b: c\n", "a: \"x\\ty\\q\"\n", "a: [a, ]\n", "a:\n  - \n", "a: {}\n", "? a\n: b\n", "---\na: 1\n", "a: 1\n...\n",
        "a: x\n b: y\n", "key with space: 1\n", "a: @x\n", "a: `x`\n", "a: %x\n", "a:\tb\n", "a: b\r\n",
        "title: «Ёлка» — 2024 г.: итоги\n", "title: Text: with a colon\n", "a: \"x\"#not a comment\n", "a: [-1, b]\n", "a: [x:y]\n",
    ]

    @Test func supportedTextsGiveYamsNodes() throws {
        for text in Self.supported {
            let plain = PlainYAML.parse(text)
            #expect(plain != nil, "\(text.debugDescription) should be read without Yams")
            #expect(Self.description(plain) == (try Self.yams(text)), "\(text.debugDescription)")
        }
    }

    @Test func everythingElseIsLeftToYams() {
        for text in Self.unsupported {
            #expect(PlainYAML.parse(text) == nil, "\(text.debugDescription)")
        }
    }

    /// Every front matter of the sample casebook, the test fixtures and a synthetic casebook
    /// reads the same both ways.
    @Test func everyFrontMatterOfTheRepositoryReadsAsYamsReadsIt() throws {
        let synthetic = try SyntheticCasebook.make(cases: 30)
        let roots = [TemporaryCasebook.repository, TemporaryCasebook.repository.appendingPathComponent("Tests/Fixtures/bilingual"),
                     TemporaryCasebook.repository.appendingPathComponent("Tests/Fixtures/invalid-content"), synthetic.root]
        var read = 0
        var plain = 0
        for root in roots {
            let content = root.appendingPathComponent("content")
            guard let files = FileManager.default.enumerator(atPath: content.path) else { continue }
            while let path = files.nextObject() as? String {
                guard path.hasSuffix(".md"), let text = try? String(contentsOf: content.appendingPathComponent(path), encoding: .utf8),
                      case .success(let parts) = FrontMatterSplitter.split(text, file: path) else { continue }
                read += 1
                guard let fast = PlainYAML.parse(parts.yaml) else { continue }
                plain += 1
                #expect(Self.description(fast) == (try Self.yams(parts.yaml)), "\(root.lastPathComponent)/\(path)")
            }
        }
        #expect(read > 100)
        // Nearly all real front matter takes the fast way.
        #expect(plain * 10 >= read * 9, "\(plain) of \(read)")
    }
}
