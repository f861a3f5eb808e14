import CasebookBuild
import CasebookTestSupport
import Foundation
import Testing

/// A build keeps the search terms of its pages in `.casebook-cache/search-terms`; the next
/// build, given the same texts, writes the same index, and an edited page is indexed anew.
@Suite struct SearchTermCacheFileTests {
    @Test func aRebuildWritesTheSameIndexAndAnEditIsIndexedAnew() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let cache = try Data(contentsOf: book.root.appendingPathComponent(".casebook-cache/search-terms"))
        let index = try #require(book.read("site/ru/search/index.js"))
        #expect(!index.contains("\"пандус\""))

        #expect(book.build().wrote)
        #expect(book.read("site/ru/search/index.js") == index)
        // Nothing new was learnt: the file is not written again.
        #expect((try? Data(contentsOf: book.root.appendingPathComponent(".casebook-cache/search-terms"))) == cache)

        try book.write("content/cases/c.ru.md", Doc.case("Пандусы у школы"))
        #expect(book.build().wrote)
        #expect(book.read("site/ru/search/index.js")?.contains("\"пандус\":[") == true)
        #expect((try? Data(contentsOf: book.root.appendingPathComponent(".casebook-cache/search-terms"))) != cache)

        // A cache cut short is not trusted: the index is made from the pages themselves.
        try book.write(".casebook-cache/search-terms", Data(cache.prefix(40)))
        #expect(book.build().wrote)
        #expect(book.read("site/ru/search/index.js")?.contains("\"пандус\":[") == true)
    }
}
