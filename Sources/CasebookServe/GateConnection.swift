import Foundation
import FlyingSocks
#if canImport(Glibc)
import Glibc
#endif

/// One browser connection through the loopback gate: each request head is read and checked,
/// then passed on over one connection to the HTTP server, whose answers are copied back as
/// they come. A refused request is answered by the gate once the answers before it are out,
/// and ends the connection. A WebSocket, once accepted, is copied both ways unread.
struct GateConnection {
    let client: AsyncSocket
    let upstream: any SocketAddress
    let pool: any AsyncSocketPool
    /// How long the gate waits for a request head (an idle connection, or one sent very slowly).
    static let headTimeout: UInt64 = 30_000_000_000

    func serve() async {
        defer { try? client.close() }
        let client = self.client
        var reader = RequestHeadReader { try await Self.receive(from: client) }
        var server: AsyncSocket?
        var answers: Task<Void, Never>?
        var refusal: GateResponse?
        requests: while true {
            let watchdog = Self.closeReading(client, after: Self.headTimeout)
            let outcome = try? await reader.next()
            watchdog.cancel()
            var accepted: (head: RequestHead, bytes: Data)?
            switch outcome {
            case nil, .end?:
                break requests
            case .refused(let response)?:
                refusal = response
            case .head(let head)?:
                switch LoopbackPolicy.forward(head) {
                case .failure(let response): refusal = response
                case .success(let bytes): accepted = (head, bytes)
                }
            }
            guard let accepted else { break requests }
            if server == nil {
                guard let connected = try? await AsyncSocket.connected(to: upstream, pool: pool) else {
                    refusal = LoopbackGate.busy
                    break requests
                }
                server = connected
                answers = Task {
                    await Self.copy(from: connected, to: client)
                    // The server closed (the client asked it to): stop reading the client too.
                    shutdown(client.socket.file.rawValue, Int32(SHUT_RD))
                }
            }
            guard let server, (try? await server.write(accepted.bytes)) != nil else { break requests }
            if accepted.head.isWebSocketUpgrade {
                let early = reader.takePending()
                if !early.isEmpty { try? await server.write(Data(early)) }
                await Self.copy(from: client, to: server)
                break requests
            }
        }
        if let server {
            shutdown(server.socket.file.rawValue, Int32(SHUT_WR))
            await answers?.value
            try? server.close()
        }
        if let refusal { await refuse(with: refusal) }
    }

    /// Sends the gate's own answer, then reads and drops what the client is still sending (up
    /// to a limit) so that it gets to read the answer rather than a reset connection.
    private func refuse(with response: GateResponse) async {
        guard (try? await client.write(response.encoded)) != nil else { return }
        shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        let watchdog = Self.closeReading(client, after: 2_000_000_000)
        var dropped = 0
        while dropped < 1 << 20, let bytes = try? await Self.receive(from: client), !bytes.isEmpty {
            dropped += bytes.count
        }
        watchdog.cancel()
    }

    /// Ends reading from `socket` after `nanoseconds`, unless cancelled first.
    private static func closeReading(_ socket: AsyncSocket, after nanoseconds: UInt64) -> Task<Void, Never> {
        Task {
            guard (try? await Task.sleep(nanoseconds: nanoseconds)) != nil else { return }
            shutdown(socket.socket.file.rawValue, Int32(SHUT_RD))
        }
    }

    /// The next bytes from `socket`; empty once it has closed.
    private static func receive(from socket: AsyncSocket) async throws -> [UInt8] {
        do {
            return try await socket.read(atMost: 16384)
        } catch SocketError.disconnected {
            return []
        }
    }

    /// Copies bytes until either side closes.
    private static func copy(from source: AsyncSocket, to destination: AsyncSocket) async {
        while let bytes = try? await receive(from: source), !bytes.isEmpty {
            guard (try? await destination.write(Data(bytes))) != nil else { return }
        }
    }
}
