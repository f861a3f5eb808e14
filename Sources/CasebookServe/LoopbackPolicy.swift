import Foundation

/// What the preview accepts from a browser, decided on a request's head alone: GET and HEAD
/// without a body, addressed to a loopback name (so that a web page that had its own domain
/// resolve to 127.0.0.1, DNS rebinding, is refused), from no other web site's page. An
/// accepted request is passed on in a short canonical form, which is all the preview needs.
enum LoopbackPolicy {
    /// Longest path passed on; no file of a casebook site has a longer address, and the HTTP
    /// server behind the gate reads each line in time growing with the square of its length.
    static let pathLimit = 2048

    /// The canonical head to pass on, or the gate's own answer.
    static func forward(_ head: RequestHead) -> Result<Data, GateResponse> {
        let host = head.value(of: "Host")
        if let host {
            guard isLoopback(authority: host) else {
                return .failure(GateResponse(
                    status: 403, reason: "Forbidden",
                    message: "casebook serve answers only requests for localhost, 127.0.0.1 or [::1]; this one was for '\(host)'"))
            }
        } else if head.version == "HTTP/1.1" {
            return .failure(.badRequest("an HTTP/1.1 request needs a Host header field"))
        }
        if let origin = head.value(of: "Origin"), !isLoopback(origin: origin) {
            return .failure(GateResponse(status: 403, reason: "Forbidden",
                                         message: "casebook serve does not answer pages of other sites ('\(origin)')"))
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            return .failure(GateResponse(status: 405, reason: "Method Not Allowed",
                                         message: "the preview only answers GET and HEAD", extraFields: ["Allow: GET, HEAD"]))
        }
        if head.value(of: "Transfer-Encoding") != nil || (head.value(of: "Content-Length").map { $0 != "0" } ?? false) {
            return .failure(.badRequest("the preview takes no request body"))
        }
        guard head.target.hasPrefix("/") else {
            return .failure(.badRequest("the request target must be a path starting with /"))
        }
        let path = head.path
        guard path.utf8.count <= pathLimit else {
            return .failure(GateResponse(status: 404, reason: "Not Found", message: "no page has an address this long"))
        }
        var lines = ["\(head.method) \(path) HTTP/1.1", "Host: \(host ?? "127.0.0.1")"]
        if head.isWebSocketUpgrade {
            let key = head.value(of: "Sec-WebSocket-Key") ?? ""
            let version = head.value(of: "Sec-WebSocket-Version") ?? ""
            guard key.utf8.count <= 64, version.utf8.count <= 8 else {
                return .failure(.badRequest("the WebSocket key or version is malformed"))
            }
            lines += ["Connection: Upgrade", "Upgrade: websocket", "Sec-WebSocket-Key: \(key)", "Sec-WebSocket-Version: \(version)"]
        } else {
            lines.append(head.keepsAlive ? "Connection: keep-alive" : "Connection: close")
        }
        return .success(Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8))
    }

    /// `localhost`, `127.0.0.1` or `[::1]`, with or without a port.
    static func isLoopback(authority: String) -> Bool {
        var host = Substring(authority.lowercased())
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            let rest = host[host.index(after: close)...]
            guard rest.isEmpty || isPort(rest) else { return false }
            return host[...close] == "[::1]"
        }
        if let colon = host.firstIndex(of: ":") {
            guard isPort(host[colon...]) else { return false }
            host = host[..<colon]
        }
        return host == "localhost" || host == "127.0.0.1"
    }

    /// An `Origin` of a page served from a loopback name over http.
    static func isLoopback(origin: String) -> Bool {
        let lowered = origin.lowercased()
        guard lowered.hasPrefix("http://") else { return false }
        return isLoopback(authority: String(lowered.dropFirst("http://".count)))
    }

    /// `:` and one to five digits.
    private static func isPort(_ text: Substring) -> Bool {
        let digits = text.dropFirst()
        return text.first == ":" && (1...5).contains(digits.count) && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }
}
