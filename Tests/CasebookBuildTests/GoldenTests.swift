import CasebookTestSupport
import Foundation
import Testing

/// Rendered pages compared with files under Golden/; `RECORD_GOLDEN=1` writes them anew.
/// Read the diff before re-recording: a change here is a change every reader sees.
@Suite struct GoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ["ru/cases/pump/index.html", "en/cases/pump/index.html", "en/cases/index.html",
                      "ru/municipalities/alpha/index.html", "ru/method/index.html", "index.html",
                      "ru/print/index.html", "en/print/index.html"])
    func pageMatchesGolden(_ path: String) throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let actual = try #require(book.read("site/\(path)"))
        let file = Self.golden.appendingPathComponent(path.replacingOccurrences(of: "/", with: "_"))
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("""
            \(path) differs from Golden/\(file.lastPathComponent) at line \(line + 1):
            - \(line < e.count ? e[line] : "<end>")
            + \(line < a.count ? a[line] : "<end>")
            (RECORD_GOLDEN=1 swift test --filter GoldenTests re-records after you have read the diff)
            """)
        }
    }
}
