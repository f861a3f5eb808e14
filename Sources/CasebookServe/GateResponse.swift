import Foundation

/// An answer the loopback gate gives by itself, without passing the request on: a refusal
/// with its status and a sentence saying why. The connection is closed after it.
struct GateResponse: Equatable, Error {
    var status: Int
    var reason: String
    var message: String
    var extraFields: [String] = []

    static func badRequest(_ message: String) -> GateResponse {
        GateResponse(status: 400, reason: "Bad Request", message: message)
    }

    /// The bytes on the wire.
    var encoded: Data {
        let body = Data((message + "\n").utf8)
        var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: text/plain; charset=utf-8\r\n"
        head += "Content-Length: \(body.count)\r\nConnection: close\r\nCache-Control: no-store\r\n"
        for field in extraFields { head += field + "\r\n" }
        return Data((head + "\r\n").utf8) + body
    }
}
