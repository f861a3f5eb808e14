@testable import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// The stemmers against the Snowball project's own sample vocabularies and outputs
/// (github.com/snowballstem/snowball-data, `russian/` and `english/`; BSD licence): a few
/// hundred of their pairs in `Tests/Fixtures/stemming/`, which `Tests/JS/search.test.mjs`
/// checks the browser's stemmers against too.
@Suite struct StemmerTests {
    static func pairs(_ language: String) throws -> [(word: String, stem: String)] {
        let url = TemporaryCasebook.repository.appendingPathComponent("Tests/Fixtures/stemming/\(language).tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(fields[0]), String(fields[1]))
        }
    }

    @Test func russianAsSnowball() throws {
        let pairs = try Self.pairs("russian")
        #expect(pairs.count >= 290)
        #expect(pairs.filter { $0.word != $0.stem }.count >= 200)
        for (word, stem) in pairs { #expect(RussianStemmer.stem(word) == stem, "\(word)") }
    }

    @Test func englishAsSnowball() throws {
        let pairs = try Self.pairs("english")
        #expect(pairs.count >= 290)
        #expect(pairs.filter { $0.word != $0.stem }.count >= 150)
        for (word, stem) in pairs { #expect(EnglishStemmer.stem(word) == stem, "\(word)") }
    }

    @Test(arguments: [
        ("отдалённого", "отдален"), ("отдаленного", "отдален"), ("отдалённое", "отдален"), ("учёт", "учет"),
        ("учёта", "учет"), ("учетом", "учет"), ("крупнейший", "крупн"), ("стоимость", "стоимост"),
        ("читавшая", "чита"), ("бегавшись", "бега"), ("длинный", "длин"), ("ель", "ел"), ("мгла", "мгла"),
    ])
    func russianWordForms(word: String, stem: String) {
        #expect(RussianStemmer.stem(word) == stem)
    }

    @Test(arguments: [
        ("dying", "die"), ("inning", "inning"), ("proceed", "proceed"), ("exceedingly", "exceed"),
        ("generously", "generous"), ("budgeting", "budget"), ("kindergartens", "kindergarten"),
        ("geologist", "geolog"), ("hoping", "hope"), ("hopping", "hop"), ("skies", "sky"), ("by", "by"),
    ])
    func englishWordForms(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }
}
