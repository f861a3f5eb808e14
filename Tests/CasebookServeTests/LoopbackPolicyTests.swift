@testable import CasebookServe
import Foundation
import Testing

/// What the gate lets through to the preview, and how it passes it on.
@Suite struct LoopbackPolicyTests {
    func request(_ fields: [(String, String)], method: String = "GET", target: String = "/ru/?q=1",
                 version: String = "HTTP/1.1") -> RequestHead {
        RequestHead(method: method, target: target, version: version, fields: fields.map { (name: $0.0, value: $0.1) })
    }

    func refusal(_ head: RequestHead) -> String? {
        if case .failure(let response) = LoopbackPolicy.forward(head) { return "\(response.status) \(response.message)" }
        return nil
    }

    @Test(arguments: ["localhost", "localhost:8000", "LocalHost:8001", "127.0.0.1", "127.0.0.1:65535", "[::1]", "[::1]:8000"])
    func loopbackNamesAreServed(host: String) {
        #expect(LoopbackPolicy.isLoopback(authority: host))
        #expect(refusal(request([("Host", host)])) == nil)
    }

    @Test(arguments: ["evil.example", "evil.example:8000", "localhost.evil.example", "127.0.0.1.nip.io", "127.0.0.2",
                      "[::2]", "[::1]x", "localhost:", "localhost:80a", "localhost:123456", "", "0.0.0.0"])
    func otherNamesAreRefused(host: String) {
        #expect(!LoopbackPolicy.isLoopback(authority: host))
        #expect(refusal(request([("Host", host)]))
            == "403 casebook serve answers only requests for localhost, 127.0.0.1 or [::1]; this one was for '\(host)'")
    }

    @Test func anHTTP11RequestWithoutHostIsRefusedAndAnHTTP10OneServed() {
        #expect(refusal(request([])) == "400 an HTTP/1.1 request needs a Host header field")
        #expect(refusal(request([], version: "HTTP/1.0")) == nil)
    }

    @Test func pagesOfOtherSitesAreRefused() {
        #expect(refusal(request([("Host", "localhost:8000"), ("Origin", "http://localhost:8000")])) == nil)
        #expect(refusal(request([("Host", "localhost:8000"), ("Origin", "https://evil.example")]))
            == "403 casebook serve does not answer pages of other sites ('https://evil.example')")
        #expect(refusal(request([("Host", "localhost:8000"), ("Origin", "null")]))
            == "403 casebook serve does not answer pages of other sites ('null')")
    }

    @Test func onlyGETAndHEADWithoutABodyAreServed() {
        let host = ("Host", "127.0.0.1")
        #expect(refusal(request([host], method: "POST")) == "405 the preview only answers GET and HEAD")
        #expect(refusal(request([host, ("Content-Length", "5")])) == "400 the preview takes no request body")
        #expect(refusal(request([host, ("Transfer-Encoding", "chunked")])) == "400 the preview takes no request body")
        #expect(refusal(request([host], target: "http://127.0.0.1/")) == "400 the request target must be a path starting with /")
        #expect(refusal(request([host], target: "/" + String(repeating: "a", count: 2048))) == "404 no page has an address this long")
    }

    @Test func anAcceptedRequestIsPassedOnInShortCanonicalForm() throws {
        let head = request([("Host", "localhost:8000"), ("User-Agent", String(repeating: "x", count: 4000)), ("Connection", "close")])
        let forwarded = try LoopbackPolicy.forward(head).get()
        #expect(String(decoding: forwarded, as: UTF8.self) == "GET /ru/ HTTP/1.1\r\nHost: localhost:8000\r\nConnection: close\r\n\r\n")
        let upgrade = request([("Host", "127.0.0.1:8000"), ("Upgrade", "websocket"), ("Connection", "keep-alive, Upgrade"),
                               ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="), ("Sec-WebSocket-Version", "13")],
                              target: "/__casebook/reload")
        #expect(String(decoding: try LoopbackPolicy.forward(upgrade).get(), as: UTF8.self) == """
            GET /__casebook/reload HTTP/1.1\r
            Host: 127.0.0.1:8000\r
            Connection: Upgrade\r
            Upgrade: websocket\r
            Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r
            Sec-WebSocket-Version: 13\r
            \r

            """)
    }
}
