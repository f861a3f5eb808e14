@testable import CasebookRender
import Foundation
import Testing

/// How search reads text: the same words and terms for the index as `assets/search.js` makes
/// of a query (`Tests/JS/search.test.mjs` checks these examples there).
@Suite struct SearchTermsTests {
    @Test func wordsAreFoldedAndHyphensSeparate() {
        #expect(SearchTerms.words(in: "Чоң-Токой, ЁЛКИ и Өрнөк-Үй: учёт 2021 г. (women's)")
                == ["чон", "токой", "елки", "орнок", "уй", "учет", "2021", "women"])
        #expect(SearchTerms.words(in: "Straße — Éva NAÏVE") == ["straße", "éva", "naïve"])
        #expect(SearchTerms.words(in: "") == [])
    }

    @Test func theIndexAlsoHoldsHyphenatedNamesWhole() {
        var words: [String] = []
        SearchTerms.words(in: "Чоң-Токой и Джалал-Абад-ская, a - b", compounds: true) { words.append($0) }
        #expect(words == ["чон", "токой", "чонтокой", "джалал", "абад", "ская", "джалалабадская"])
    }

    @Test(arguments: [
        ("отдаленного", "отдален"), ("отдалённых", "отдален"), ("учет", "учет"), ("учёта", "учет"),
        ("чон", "чон"), ("токой", "ток"), ("budgeting", "budget"), ("women", "women"), ("2021", "2021"),
        ("naïve", "naïve"), ("ak-zhol", "ak-zhol"),
    ])
    func termsStemRussianAndEnglishWords(word: String, term: String) {
        #expect(SearchTerms.term(word) == term)
    }

    @Test func aPageKeepsEachTermsBestField() {
        let terms = SearchTerms.terms(title: "Учёт бюджета", summary: "Бюджет села", text: "Сёла и учёт. Бюджет.")
        #expect(terms == ["учет": .title, "бюджет": .title, "сел": .summary])
    }
}
