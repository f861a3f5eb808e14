import Foundation

/// The request line and header fields of one HTTP/1.x request, as the loopback gate read them.
struct RequestHead: Equatable {
    var method: String
    /// The request target as sent (`/ru/cases/pump/?x=1`).
    var target: String
    var version: String
    /// Header fields in order; names as sent.
    var fields: [(name: String, value: String)]

    static func == (lhs: RequestHead, rhs: RequestHead) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
            && lhs.fields.map(\.name) == rhs.fields.map(\.name) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    /// The value of a header field (names compare without case); repeated fields are joined
    /// with commas, as HTTP allows for list-valued fields.
    func value(of name: String) -> String? {
        let values = fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// The comma-separated tokens of a header field, lower-cased (`Connection: keep-alive, Upgrade`).
    func tokens(of name: String) -> [String] {
        (value(of: name) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// The target without its query.
    var path: Substring { target.prefix { $0 != "?" } }

    var isWebSocketUpgrade: Bool {
        value(of: "Upgrade")?.lowercased() == "websocket" && tokens(of: "Connection").contains("upgrade")
    }

    /// Whether the client keeps the connection open after the response (HTTP/1.1 unless it
    /// says `close`; HTTP/1.0 only if it asks for keep-alive).
    var keepsAlive: Bool {
        let connection = tokens(of: "Connection")
        return version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive")
    }
}
