@testable import CasebookRender
import Foundation
import Testing

/// The hand-written search index JSON is what JSONEncoder writes.
@Suite struct SearchIndexJSONTests {
    @Test func matchesJSONEncoder() throws {
        let tricky = "q\"b\\s/n\nr\rt\tb\u{8}f\u{c}c\u{1}\u{1f}\u{7f} \u{2028}\u{2029} é Ёж 😀 <>&' \u{0}"
        let entries = [
            SearchEntry(title: "Заголовок \"1\"", url: "../cases/a/index.html", kind: "Кейс", summary: tricky, text: tricky + tricky),
            SearchEntry(title: "", url: "", kind: "", summary: "", text: ""),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for sample in [entries, [], Array(repeating: entries[0], count: 50)] {
            #expect(SearchIndexJSON.encode(sample) == String(decoding: try encoder.encode(sample), as: UTF8.self))
        }
    }
}
