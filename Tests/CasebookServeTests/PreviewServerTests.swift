import CasebookBuild
import CasebookServe
import CasebookTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The preview server on a real loopback socket: pages, live reload, errors shown while the
/// last good build stays up, site/ never written.
@Suite struct PreviewServerTests {
    func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    func waitForVersion(_ port: UInt16, above version: Int) async throws -> [String: Any] {
        for _ in 0..<100 {
            if let (_, body) = try? await get("http://127.0.0.1:\(port)/__casebook/status"),
               let status = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
               (status["version"] as? Int ?? 0) > version {
                return status
            }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        Issue.record("the server did not rebuild")
        return [:]
    }

    @Test func servesRebuildsAndShowsErrorsWithoutWritingSite() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let port = UInt16.random(in: 20000...40000)
        let server = PreviewServer(options: .init(root: book.root), port: port, log: { _ in })
        let task = Task { try await server.run() }
        defer { task.cancel() }
        _ = try await waitForVersion(port, above: 0)

        let (status, page) = try await get("http://127.0.0.1:\(port)/ru/cases/pump/")
        #expect(status == 200)
        #expect(page.contains("<h1>Колонки и справедливый тариф</h1>"))
        #expect(page.contains("fetch('/__casebook/status'"))

        try book.write("content/cases/pump.ru.md", try #require(book.read("content/cases/pump.ru.md"))
            .replacingOccurrences(of: "Колонки и справедливый тариф", with: "Новые колонки"))
        _ = try await waitForVersion(port, above: 1)
        #expect(try await get("http://127.0.0.1:\(port)/ru/cases/pump/index.html").1.contains("<h1>Новые колонки</h1>"))

        try book.write("content/cases/broken.ru.md", "---\ntitle: [\n---\n")
        let failed = try await waitForVersion(port, above: 2)
        #expect(failed["problems"] as? [String] == [
            "content/cases/broken.ru.md:3:1: error: invalid YAML: did not find expected node content (while parsing a flow node at line 3)",
        ])
        #expect(try await get("http://127.0.0.1:\(port)/ru/cases/pump/index.html").1.contains("<h1>Новые колонки</h1>"))
        #expect(try await get("http://127.0.0.1:\(port)/nope.html").0 == 404)
        #expect(!FileManager.default.fileExists(atPath: book.root.appendingPathComponent("site").path))
    }
}
