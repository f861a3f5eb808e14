import Foundation

/// The client side of the preview's reload WebSocket, as a browser opens it: the handshake,
/// then the server's text messages one by one.
struct WebSocketProbe {
    let client: LoopbackClient
    /// The server's answer to the handshake.
    let handshake: String

    init(port: UInt16, origin: String? = nil) async throws {
        client = try LoopbackClient(port: port)
        var request = "GET /__casebook/reload HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        request += "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        if let origin { request += "Origin: \(origin)\r\n" }
        await client.send(request + "\r\n")
        handshake = await client.receiveHead()
    }

    /// The next text message, or nil if the connection ended or nothing came within the timeout.
    func nextText() async -> String? {
        let start = await client.receive(count: 2)
        guard start.count == 2, start[0] & 0x0F == 0x1 else { return nil }
        var length = Int(start[1] & 0x7F)
        if length == 126 {
            let extended = await client.receive(count: 2)
            guard extended.count == 2 else { return nil }
            length = Int(extended[0]) << 8 | Int(extended[1])
        } else if length == 127 {
            return nil
        }
        let payload = await client.receive(count: length)
        return payload.count == length ? String(decoding: payload, as: UTF8.self) : nil
    }
}
