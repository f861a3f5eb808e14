import CasebookBuild
@testable import CasebookServe
import CasebookTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The preview server on a real loopback socket: pages, reload pushed to open pages, errors
/// shown while the last good build stays up, site/ never written, requests refused by the gate.
@Suite struct PreviewServerTests {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    /// Starts a server and returns once it answers, with the port it took.
    func start(_ book: TemporaryCasebook, port: UInt16 = 0, exact: Bool = false,
               log: Log = Log()) async throws -> (task: Task<Void, any Error>, port: UInt16) {
        var server = PreviewServer(options: .init(root: book.root), port: port, exactPort: exact, log: { log.add($0) })
        let (ports, found) = AsyncStream<UInt16>.makeStream()
        server.listening = { found.yield($0) }
        let task = Task {
            defer { found.finish() }
            try await server.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            _ = try await task.value
            throw CancellationError()
        }
        return (task, port)
    }

    func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servesRebuildsAndShowsErrorsWithoutWritingSite() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (task, port) = try await start(book)
        defer { task.cancel() }
        let probe = try await WebSocketProbe(port: port)
        #expect(probe.handshake.hasPrefix("HTTP/1.1 101 Switching Protocols\r\n"))
        let first = try #require(await probe.nextText())
        #expect(first.hasPrefix("{\"problems\":[],\"server\":\"") && first.hasSuffix("\"version\":1}"))

        let (status, page) = try await get("http://127.0.0.1:\(port)/ru/cases/pump/")
        #expect(status == 200)
        #expect(page.contains("<h1>Колонки и справедливый тариф</h1>"))
        #expect(page.contains("new WebSocket('ws://' + location.host + '/__casebook/reload')"))
        #expect(page.contains("version = 1, "))

        let saved = Date()
        try book.write("content/cases/pump.ru.md", try #require(book.read("content/cases/pump.ru.md"))
            .replacingOccurrences(of: "Колонки и справедливый тариф", with: "Новые колонки"))
        let second = try #require(await probe.nextText())
        #expect(second.hasSuffix("\"version\":2}"))
        #expect(Date().timeIntervalSince(saved) < 5)
        #expect(try await get("http://127.0.0.1:\(port)/ru/cases/pump/index.html").1.contains("<h1>Новые колонки</h1>"))

        try book.write("content/cases/broken.ru.md", "---\ntitle: [\n---\n")
        // A save can reach the watcher as two bursts on a busy machine (the file created, then
        // written), and the first may still rebuild without the error: wait for the message that
        // reports it, a few at most.
        var failed = try #require(await probe.nextText())
        for _ in 0..<4 where failed.hasPrefix("{\"problems\":[],") {
            failed = try #require(await probe.nextText())
        }
        #expect(failed.hasPrefix("""
            {"problems":["content\\/cases\\/broken.ru.md:3:1: error: invalid YAML: did not find expected node content \
            (while parsing a flow node at line 3)"],"server":
            """))
        #expect(try await get("http://127.0.0.1:\(port)/ru/cases/pump/index.html").1.contains("<h1>Новые колонки</h1>"))
        #expect(try await get("http://127.0.0.1:\(port)/nope.html").0 == 404)
        #expect(!FileManager.default.fileExists(atPath: book.root.appendingPathComponent("site").path))
    }

    @Test func pagesOfOtherSitesCannotListen() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (task, port) = try await start(book)
        defer { task.cancel() }
        let probe = try await WebSocketProbe(port: port, origin: "http://evil.example")
        #expect(probe.handshake.hasPrefix("HTTP/1.1 403 Forbidden\r\n"))
        #expect(await probe.nextText() == nil)
    }

    @Test func longRequestsAndForeignHostsAreRefusedAndServingGoesOn() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (task, port) = try await start(book)
        defer { task.cancel() }
        func request(target: [UInt8], fields: String = "Host: 127.0.0.1\r\n") -> [UInt8] {
            Array("GET ".utf8) + target + Array(" HTTP/1.1\r\n\(fields)\r\n".utf8)
        }
        // How fast the refusal comes is measured on the program (`ServeCommandTests`), away from
        // the builds other tests run on this process's threads.
        let long = try await LoopbackClient.exchange(port: port, request(target: Array("/".utf8) + [UInt8](repeating: 0x61, count: 100_000)))
        #expect(long.reply.hasPrefix("HTTP/1.1 414 URI Too Long\r\n"))
        let fields = try await LoopbackClient.exchange(port: port, request(target: Array("/".utf8),
                                                                           fields: "Host: 127.0.0.1\r\nCookie: \(String(repeating: "c", count: 9000))\r\n"))
        #expect(fields.reply.hasPrefix("HTTP/1.1 431 Request Header Fields Too Large\r\n"))
        let rebinding = try await LoopbackClient.exchange(port: port, request(target: Array("/ru/".utf8), fields: "Host: evil.example:\(port)\r\n"))
        #expect(rebinding.reply.hasPrefix("HTTP/1.1 403 Forbidden\r\n"))
        #expect(rebinding.reply.hasSuffix("""
            \r\n\r\ncasebook serve answers only requests for localhost, 127.0.0.1 or [::1]; this one was for 'evil.example:\(port)'

            """))
        let served = try await LoopbackClient.exchange(port: port, request(target: Array("/ru/".utf8),
                                                                           fields: "Host: localhost:\(port)\r\nConnection: close\r\n"))
        #expect(served.reply.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(served.reply.contains("/__casebook/reload"))
    }

    @Test func aHEADAnswerHasTheLengthAndNoBodySoTheConnectionGoesOn() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (task, port) = try await start(book)
        defer { task.cancel() }
        let client = try LoopbackClient(port: port)
        await client.send("HEAD /ru/ HTTP/1.1\r\nHost: localhost\r\n\r\nGET /ru/ HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let head = await client.receiveHead()
        let length = try #require(head.components(separatedBy: "\r\n").first { $0.hasPrefix("Content-Length: ") }?.dropFirst(16))
        #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(Int(length)! > 1000)
        let next = await client.receiveHead()
        #expect(next.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(next.contains("Content-Length: \(length)\r\n"))
    }

    @Test func aPortInUseGivesTheNextFreeOneOrAClearError() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (first, taken) = try await start(book)
        defer { first.cancel() }
        let log = Log()
        let (second, other) = try await start(book, port: taken, log: log)
        defer { second.cancel() }
        #expect(other != taken)
        #expect(log.all.first == "port \(taken) is in use; serving on \(other) instead")
        #expect(log.all.last == "serving on http://127.0.0.1:\(other)/ — watching content/ and themes/; Ctrl+C stops")

        let exact = PreviewServer(options: .init(root: book.root), port: taken, exactPort: true, log: { _ in })
        await #expect(throws: ServeError.portInUse(taken)) { try await exact.run() }
        #expect("\(ServeError.portInUse(taken))" == "port \(taken) is in use; stop the program that uses it or choose another with --port")
    }

    @Test func aBuiltSiteCarriesNoReloadScript() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let output = try #require(BuildPipeline(options: .init(root: book.root)).render().0)
        let html = output.files.filter { $0.path.hasSuffix(".html") }
        #expect(html.count > 10)
        #expect(!html.contains { String(decoding: $0.data, as: UTF8.self).contains("__casebook") })
    }
}
