@testable import CasebookRender
import Foundation
import Testing

/// The search terms a build keeps for the next: an unchanged page gets the terms it would have
/// been given without the cache, a changed one is read again, and a file from another program
/// or cut short is not trusted.
@Suite struct SearchTermCacheTests {
    /// `SearchTermCache.termNumbers` for a text given as a String.
    private func numbers(_ cache: SearchTermCache, _ title: String, _ summary: String, _ text: String) -> [UInt32] {
        Array(text.utf8).withUnsafeBufferPointer { cache.termNumbers(title: title, summary: summary, text: $0) }
    }

    /// The terms behind term numbers, with their fields.
    private func names(_ numbers: [UInt32]) -> [String: UInt32] {
        let names = SearchTermTable.shared.terms(numbers.map { $0 >> 2 })
        return Dictionary(uniqueKeysWithValues: numbers.map { (names[$0 >> 2]!, $0 & 3) })
    }

    private let pages = [
        ("Учёт бюджета", "Бюджет села", "Сёла и учёт. Бюджет. Чоң-Токой, ramps and budgeting."),
        ("Water points", "Two villages", "Water points for 2,400 people; women's committee."),
        ("Пустая", "", ""),
    ]

    @Test func anUnchangedPageGetsTheTermsItWouldBeGivenWithoutTheCache() throws {
        let first = SearchTermCache(data: nil, stamp: "program 1")
        let computed = pages.map { numbers(first, $0.0, $0.1, $0.2) }
        #expect((first.hits, first.misses) == (0, 3))
        for ((title, summary, text), numbers) in zip(pages, computed) {
            #expect(numbers == SearchTerms.termNumbers(title: title, summary: summary, text: text))
        }
        let data = try #require(first.encoded())

        let second = SearchTermCache(data: data, stamp: "program 1")
        let cached = pages.map { numbers(second, $0.0, $0.1, $0.2) }
        #expect((second.hits, second.misses) == (3, 0))
        #expect(cached == computed)
        #expect(names(cached[0]) == ["учет": 2, "бюджет": 2, "сел": 1, "чон": 0, "ток": 0, "чонток": 0, "ramp": 0,
                                     "and": 0, "budget": 0])
        // Every page found and none gone: the file stays as it is.
        #expect(second.encoded() == nil)
    }

    @Test func aChangedOrGonePageIsReadAgainAndTheFileRewritten() throws {
        let first = SearchTermCache(data: nil, stamp: "program 1")
        for page in pages { _ = numbers(first, page.0, page.1, page.2) }
        let data = try #require(first.encoded())

        let second = SearchTermCache(data: data, stamp: "program 1")
        let changed = numbers(second, "Учёт бюджета", "Бюджет села", "Сёла и учёт. Бюджет. Пандусы.")
        #expect((second.hits, second.misses) == (0, 1))
        #expect(names(changed)["пандус"] == 0)
        let rewritten = try #require(second.encoded())

        // The next build finds the changed page, and no longer the ones this build did not index.
        let third = SearchTermCache(data: rewritten, stamp: "program 1")
        _ = numbers(third, "Учёт бюджета", "Бюджет села", "Сёла и учёт. Бюджет. Пандусы.")
        _ = numbers(third, pages[1].0, pages[1].1, pages[1].2)
        #expect((third.hits, third.misses) == (1, 1))
    }

    @Test func aTitleOrSummaryChangeIsAnotherPage() {
        let base = SearchTermCache.key(title: "A", summary: "B", text: UnsafeBufferPointer(start: nil, count: 0))
        #expect(SearchTermCache.key(title: "AB", summary: "", text: UnsafeBufferPointer(start: nil, count: 0)) != base)
        #expect(SearchTermCache.key(title: "A", summary: "C", text: UnsafeBufferPointer(start: nil, count: 0)) != base)
        let text = Array("12345678".utf8)
        let textKey = text.withUnsafeBufferPointer { SearchTermCache.key(title: "A", summary: "B", text: $0) }
        let longer = Array("123456789".utf8).withUnsafeBufferPointer { SearchTermCache.key(title: "A", summary: "B", text: $0) }
        #expect(textKey != base)
        #expect(longer != textKey)
    }

    @Test func aFileFromAnotherProgramOrCutShortIsNotTrusted() throws {
        let first = SearchTermCache(data: nil, stamp: "program 1")
        for page in pages { _ = numbers(first, page.0, page.1, page.2) }
        let data = try #require(first.encoded())

        let other = SearchTermCache(data: data, stamp: "program 2")
        for page in pages { _ = numbers(other, page.0, page.1, page.2) }
        #expect((other.hits, other.misses) == (0, 3))

        for cut in [0, 1, 24, data.count / 2, data.count - 1] {
            let short = SearchTermCache(data: data.prefix(cut), stamp: "program 1")
            #expect(numbers(short, pages[0].0, pages[0].1, pages[0].2)
                    == SearchTerms.termNumbers(title: pages[0].0, summary: pages[0].1, text: pages[0].2))
            #expect((short.hits, short.misses) == (0, 1))
        }
        var extra = data
        extra.append(0)
        let longer = SearchTermCache(data: extra, stamp: "program 1")
        _ = numbers(longer, pages[0].0, pages[0].1, pages[0].2)
        #expect((longer.hits, longer.misses) == (0, 1))
    }
}
