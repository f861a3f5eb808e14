import CasebookMarkdown
import Foundation
import Testing

/// Whole bodies rendered and compared with `Golden/<name>.html` (`RECORD_GOLDEN=1` re-records).
@Suite struct GoldenMarkdownTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ["case-body"])
    func bodyMatchesGolden(_ name: String) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent("\(name).md"), encoding: .utf8)
        let html = MarkdownConverter.render(source, lineOffset: 0).html
        let file = Self.folder.appendingPathComponent("\(name).html")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(html.utf8).write(to: file)
        }
        #expect(html == (try String(contentsOf: file, encoding: .utf8)))
    }
}
