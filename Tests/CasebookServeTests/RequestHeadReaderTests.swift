@testable import CasebookServe
import Foundation
import Testing

/// The gate's reader of request heads: limits enforced as soon as they are passed, pipelined
/// requests kept apart, malformed heads refused with a sentence.
@Suite struct RequestHeadReaderTests {
    /// Bytes handed to the reader `chunk` at a time, counting how many it took.
    final class Feed: @unchecked Sendable {
        let bytes: [UInt8]
        let chunk: Int
        private(set) var offset = 0

        init(_ bytes: [UInt8], chunk: Int = 4096) {
            self.bytes = bytes
            self.chunk = chunk
        }

        convenience init(_ text: String, chunk: Int = 4096) { self.init(Array(text.utf8), chunk: chunk) }

        func next() -> [UInt8] {
            let end = min(bytes.count, offset + chunk)
            defer { offset = end }
            return Array(bytes[offset..<end])
        }

        var reader: RequestHeadReader { RequestHeadReader { self.next() } }
    }

    func head(_ outcome: RequestHeadReader.Outcome) -> RequestHead? {
        if case .head(let head) = outcome { return head }
        return nil
    }

    @Test func pipelinedRequestsComeOneByOneAndTheBytesAfterAHeadStay() async throws {
        let feed = Feed("GET /ru/ HTTP/1.1\r\nHost: localhost:8000\r\n\r\n\r\nHEAD /en/x?y=1 HTTP/1.0\nhost:  127.0.0.1 \n\n", chunk: 7)
        var reader = feed.reader
        let first = try #require(head(try await reader.next()))
        #expect(first == RequestHead(method: "GET", target: "/ru/", version: "HTTP/1.1", fields: [("Host", "localhost:8000")]))
        let second = try #require(head(try await reader.next()))
        #expect(second == RequestHead(method: "HEAD", target: "/en/x?y=1", version: "HTTP/1.0", fields: [("host", "127.0.0.1")]))
        #expect(second.value(of: "HOST") == "127.0.0.1")
        #expect(second.path == "/en/x")
        #expect(!second.keepsAlive)
    }

    @Test func theBytesAfterAHeadStayForTheCaller() async throws {
        var reader = Feed("GET /__casebook/reload HTTP/1.1\r\nHost: localhost\r\n\r\n\u{81}\u{05}frame").reader
        #expect(try await reader.next() != .end)
        #expect(String(decoding: reader.takePending(), as: UTF8.self) == "\u{81}\u{05}frame")
        #expect(reader.pending.isEmpty)
    }

    @Test(arguments: [(8192, false), (8193, true)])
    func aRequestLineOverEightKilobytesIsRefused(length: Int, refused: Bool) async throws {
        let target = "/" + String(repeating: "a", count: length - "GET  HTTP/1.1".count - 1)
        let line = "GET \(target) HTTP/1.1"
        #expect(line.utf8.count == length)
        var reader = Feed(line + "\r\nHost: localhost\r\n\r\n").reader
        let outcome = try await reader.next()
        if refused {
            #expect(outcome == .refused(GateResponse(status: 414, reason: "URI Too Long",
                                                     message: "the request line is longer than 8192 bytes")))
        } else {
            #expect(head(outcome)?.target == target)
        }
    }

    @Test func aTenMegabyteRequestLineIsRefusedAfterReadingOnlyPastTheLimit() async throws {
        let feed = Feed(Array("GET /".utf8) + [UInt8](repeating: 0x61, count: 10_000_000))
        var reader = feed.reader
        #expect(try await reader.next() == .refused(RequestHeadReader.lineTooLong))
        #expect(feed.offset <= 8192 + 4096)
    }

    @Test(arguments: [(8192, false), (8193, true)])
    func headerFieldsOverEightKilobytesAreRefused(length: Int, refused: Bool) async throws {
        // Two fields, each line with its CRLF, `length` bytes together.
        let first = "Host: localhost\r\n"
        let second = "X-Long: " + String(repeating: "b", count: length - first.utf8.count - "X-Long: \r\n".utf8.count) + "\r\n"
        #expect((first + second).utf8.count == length)
        let feed = Feed("GET / HTTP/1.1\r\n" + first + second + "\r\n")
        var reader = feed.reader
        let outcome = try await reader.next()
        if refused {
            #expect(outcome == .refused(GateResponse(status: 431, reason: "Request Header Fields Too Large",
                                                     message: "the request's header fields are longer than 8192 bytes")))
        } else {
            #expect(head(outcome)?.fields.count == 2)
        }
    }

    @Test func endlessHeaderFieldsAreRefusedWithoutReadingThemAll() async throws {
        let feed = Feed(Array("GET / HTTP/1.1\r\n".utf8) + Array(repeating: Array("X: y\r\n".utf8), count: 2_000_000).joined())
        var reader = feed.reader
        #expect(try await reader.next() == .refused(RequestHeadReader.fieldsTooLarge))
        #expect(feed.offset <= 8192 + 2 * 4096)
    }

    @Test(arguments: [
        ("GET /\r\n\r\n", "400 the request line is not `METHOD /path HTTP/1.1`"),
        ("GET  / HTTP/1.1\r\n\r\n", "400 the request line is not `METHOD /path HTTP/1.1`"),
        ("GET /a\u{7F} HTTP/1.1\r\n\r\n", "400 the request line is not `METHOD /path HTTP/1.1`"),
        ("GET / HTTP/2.0\r\n\r\n", "505 only HTTP/1.1 and HTTP/1.0 are served"),
        ("GET / HTTP/1.1\r\nno colon here\r\n\r\n", "400 a header field is not `Name: value`"),
        ("GET / HTTP/1.1\r\n folded: value\r\n\r\n", "400 a header field is not `Name: value`"),
        ("GET / HTTP/1.1\r\nX: a\u{01}b\r\n\r\n", "400 a header field holds a control character"),
        ("GET / HTTP/1.1\r\nHost: local", "400 the connection ended in the middle of a request"),
    ])
    func malformedHeadsAreRefusedInWords(text: String, expected: String) async throws {
        var reader = Feed(text).reader
        guard case .refused(let response) = try await reader.next() else {
            Issue.record("not refused: \(text)")
            return
        }
        #expect("\(response.status) \(response.message)" == expected)
    }

    @Test func aConnectionClosedBetweenRequestsEndsQuietly() async throws {
        var reader = Feed("").reader
        #expect(try await reader.next() == .end)
    }

    @Test func aRefusalIsAPlainTextAnswerThatClosesTheConnection() {
        #expect(String(decoding: RequestHeadReader.lineTooLong.encoded, as: UTF8.self) == """
            HTTP/1.1 414 URI Too Long\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Length: 43\r
            Connection: close\r
            Cache-Control: no-store\r
            \r
            the request line is longer than 8192 bytes

            """)
    }
}
