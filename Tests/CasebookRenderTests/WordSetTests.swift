@testable import CasebookRender
import Testing

/// The distinct words of a page, found again by their bytes however many there are.
@Suite struct WordSetTests {
    @Test func eachDistinctWordIsKeptOnceAndFoundAgain() {
        var set = WordSet(capacity: 4)
        let words = (0..<3000).map { "слово\($0)" } + ["a", "b", "слово7"]
        var numbers: [Int] = []
        for word in words {
            var word = word
            word.withUTF8 { numbers.append(set.insert($0, hash: WordSet.hash($0)).index) }
        }
        #expect(set.words.count == 3002)
        #expect(numbers.last == 7)
        var missing = "слово3000"
        missing.withUTF8 { #expect(set.index(of: $0, hash: WordSet.hash($0)) == nil) }
        var present = "слово2999"
        present.withUTF8 { #expect(set.index(of: $0, hash: WordSet.hash($0)) == 2999) }
        #expect(set.withBytes(of: 3001) { String(decoding: $0, as: UTF8.self) } == "b")
    }

    @Test func termNumbersKeepTheBestFieldOfWordsWithOneStem() {
        // "учёт" and "учета" share the stem "учет": the title wins over the text.
        let numbers = SearchTerms.termNumbers(title: "учёт", summary: "", text: "учета, учета и сёла")
        let names = SearchTermTable.shared.terms(numbers.map { $0 >> 2 })
        let fields = Dictionary(uniqueKeysWithValues: numbers.map { (names[$0 >> 2]!, $0 & 3) })
        #expect(fields == ["учет": 2, "сел": 0])
        #expect(numbers == numbers.sorted())
    }
}

/// A page's text as snippets show it: blocks joined readably, blanks made one space.
@Suite struct SnippetTextTests {
    @Test func blocksAreJoinedAndBlanksCollapsed() {
        let text = "  Заголовок раздела\nПервый абзац  с\tпробелами.\r\nВторой…\nпункт: \u{7}звонок\n\n"
        let snippet = String(decoding: SearchEntry.snippetText(Array(text.utf8)), as: UTF8.self)
        #expect(snippet == "Заголовок раздела · Первый абзац с пробелами. Второй… пункт: \u{7}звонок")
    }

    @Test func theTextIsCutAtTheCharacterLimit() {
        let snippet = SearchEntry.snippetText(Array(String(repeating: "ё", count: SearchEntry.textLimit + 5).utf8))
        #expect(snippet.count == SearchEntry.textLimit * 2)
    }
}

/// Words and compounds longer than the collector's first buffers come out whole.
@Suite struct LongWordTests {
    @Test func aLongWordAndCompoundAreKeptWhole() {
        let long = String(repeating: "ж", count: 700) + String(repeating: "q", count: 300)
        var words: [String] = []
        SearchTerms.words(in: "\(long)-\(long) да", compounds: true) { words.append($0) }
        #expect(words == [long.lowercased(), long.lowercased(), long + long, "да"])
    }
}
