import Foundation

/// Reads request heads from a client connection in one pass over the bytes, refusing a request
/// line over `lineLimit` bytes (414) or header fields over `fieldsLimit` bytes in all (431) as
/// soon as the limit is passed, whatever the client still sends. Bytes after a head (the next
/// request, or a WebSocket's frames) stay buffered for the caller.
struct RequestHeadReader {
    static let lineLimit = 8192
    static let fieldsLimit = 8192

    /// The next bytes of the connection; empty at its end.
    private let receive: () async throws -> [UInt8]
    /// Received and not yet part of a returned head.
    private(set) var pending: [UInt8] = []

    enum Outcome: Equatable {
        case head(RequestHead)
        /// The client closed the connection between requests.
        case end
        case refused(GateResponse)
    }

    init(receive: @escaping () async throws -> [UInt8]) {
        self.receive = receive
    }

    /// Reads the next request head.
    mutating func next() async throws -> Outcome {
        var requestLine: [UInt8]?
        var fields: [(name: String, value: String)] = []
        var fieldBytes = 0
        var lineStart = 0
        var scanned = 0
        while true {
            while scanned < pending.count {
                let byte = pending[scanned]
                scanned += 1
                if byte != 0x0A {
                    let length = scanned - lineStart
                    if requestLine == nil, length > Self.lineLimit + 1 { return .refused(Self.lineTooLong) }
                    // One byte more than the limit may be the CR of the empty line that ends the head.
                    if requestLine != nil, fieldBytes + length > Self.fieldsLimit + 1 { return .refused(Self.fieldsTooLarge) }
                    continue
                }
                var line = pending[lineStart..<(scanned - 1)]
                if line.last == 0x0D { line = line.dropLast() }
                let lineBytes = scanned - lineStart
                lineStart = scanned
                if requestLine == nil {
                    // A client may send empty lines before a request (RFC 9112, 2.2).
                    if line.isEmpty { continue }
                    if line.count > Self.lineLimit { return .refused(Self.lineTooLong) }
                    requestLine = Array(line)
                    continue
                }
                if line.isEmpty {
                    let head = Self.head(requestLine!, fields)
                    pending.removeFirst(scanned)
                    return head
                }
                fieldBytes += lineBytes
                if fieldBytes > Self.fieldsLimit { return .refused(Self.fieldsTooLarge) }
                switch Self.field(line) {
                case .success(let field): fields.append(field)
                case .failure(let refusal): return .refused(refusal)
                }
            }
            // Keep only the unfinished line; what came before it has been taken apart already.
            if lineStart > 0 {
                pending.removeFirst(lineStart)
                scanned -= lineStart
                lineStart = 0
            }
            let more = try await receive()
            if more.isEmpty {
                if pending.isEmpty, requestLine == nil { return .end }
                return .refused(.badRequest("the connection ended in the middle of a request"))
            }
            pending.append(contentsOf: more)
        }
    }

    /// Takes the bytes buffered after the last head (for a connection that stops being HTTP).
    mutating func takePending() -> [UInt8] {
        defer { pending = [] }
        return pending
    }

    static let lineTooLong = GateResponse(status: 414, reason: "URI Too Long",
                                          message: "the request line is longer than \(lineLimit) bytes")
    static let fieldsTooLarge = GateResponse(status: 431, reason: "Request Header Fields Too Large",
                                             message: "the request's header fields are longer than \(fieldsLimit) bytes")

    private static func head(_ line: [UInt8], _ fields: [(name: String, value: String)]) -> Outcome {
        let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0 > 0x20 && $0 < 0x7F } }) else {
            return .refused(.badRequest("the request line is not `METHOD /path HTTP/1.1`"))
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .refused(GateResponse(status: 505, reason: "HTTP Version Not Supported",
                                         message: "only HTTP/1.1 and HTTP/1.0 are served"))
        }
        return .head(RequestHead(method: String(decoding: parts[0], as: UTF8.self),
                                 target: String(decoding: parts[1], as: UTF8.self), version: version, fields: fields))
    }

    private static func field(_ line: ArraySlice<UInt8>) -> Result<(name: String, value: String), GateResponse> {
        guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex,
              line[line.startIndex..<colon].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(.badRequest("a header field is not `Name: value`"))
        }
        if line.contains(where: { $0 < 0x20 && $0 != 0x09 }) {
            return .failure(.badRequest("a header field holds a control character"))
        }
        let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
        return .success((name, value))
    }
}
