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
        // Long texts, with what needs escaping at every position of an eight-byte word.
        let long = (0..<40).map { index in
            SearchEntry(title: "t", url: "u", kind: "k", summary: String(repeating: "Ёж", count: index),
                        text: String(repeating: "abcdefgh", count: index % 5) + ["\"", "\\", "\n", "\u{1}", "\u{1f}", " ", "Я"][index % 7]
                            + String(repeating: "Проблема ", count: index))
        }
        for sample in [entries, [], Array(repeating: entries[0], count: 50), long] {
            #expect(SearchIndexJSON.encode(sample) == String(decoding: try encoder.encode(sample), as: UTF8.self))
        }
    }
}
