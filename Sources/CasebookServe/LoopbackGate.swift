import Foundation
import FlyingSocks
#if canImport(Glibc)
import Glibc
#endif

/// The one socket the browser reaches, on 127.0.0.1. It reads each request's head itself, in
/// one pass and within fixed limits (`RequestHeadReader`), applies `LoopbackPolicy`, and passes
/// accepted requests to the HTTP server behind it on a socket only this process knows; the
/// answers flow back unchanged. It also keeps the process below its open-file limit, refusing
/// connections beyond it instead of failing.
final class LoopbackGate: Sendable {
    let port: UInt16
    private let listener: Socket
    private let slots: ConnectionSlots

    private init(listener: Socket, port: UInt16, slots: ConnectionSlots) {
        self.listener = listener
        self.port = port
        self.slots = slots
    }

    /// Listens on 127.0.0.1:`port`; when that port is taken and `exact` is false, on the next
    /// free one of the following nineteen. Port 0 takes any free port.
    static func open(port: UInt16, exact: Bool) throws -> LoopbackGate {
        let last = exact || port == 0 ? port : UInt16(min(Int(port) + 19, Int(UInt16.max)))
        for candidate in port...last {
            let socket = try Socket(domain: AF_INET, type: .stream)
            do {
                try socket.setValue(true, for: .localAddressReuse)
                try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: candidate))
                try socket.listen()
            } catch SocketError.failed(_, let code, let message) {
                try? socket.close()
                if code == EADDRINUSE, !exact { continue }
                if code == EADDRINUSE { throw ServeError.portInUse(candidate) }
                throw ServeError.cannotListen(port: candidate, reason: message.lowercased())
            }
            guard case .ip4(_, let bound) = try socket.sockname() else { throw ServeError.cannotListen(port: candidate, reason: "no address") }
            return LoopbackGate(listener: socket, port: bound, slots: .forThisProcess())
        }
        throw ServeError.noFreePort(from: port, to: last)
    }

    /// Accepts connections until cancelled, passing requests on to `upstream`.
    func run(upstream: some SocketAddress) async throws {
        let pool: some AsyncSocketPool = SocketPool.make()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask { try await self.accept(on: listening, pool: pool, upstream: upstream) }
            try await group.next()
            group.cancelAll()
        }
    }

    private func accept(on listening: AsyncSocket, pool: some AsyncSocketPool, upstream: some SocketAddress) async throws {
        // Held open so that at the open-file limit there is still one descriptor to accept a
        // connection with, answer it and close it.
        var reserve = Glibc.open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { if reserve >= 0 { Glibc.close(reserve) } }
        while true {
            try Task.checkCancellation()
            let client: AsyncSocket
            do {
                client = try await listening.accept()
            } catch SocketError.failed(_, let code, _) where code == EMFILE || code == ENFILE {
                if reserve >= 0 { Glibc.close(reserve) }
                let file = Glibc.accept(listener.file.rawValue, nil, nil)
                if file >= 0 { Self.refuse(file: file) }
                reserve = Glibc.open("/dev/null", O_RDONLY | O_CLOEXEC)
                if file < 0 || reserve < 0 { try await Task.sleep(nanoseconds: 20_000_000) }
                continue
            } catch let error as SocketError {
                if case .failed(_, let code, _) = error, code == ECONNABORTED || code == EINTR { continue }
                throw error
            }
            guard slots.take() else {
                Self.refuse(file: client.socket.file.rawValue)
                continue
            }
            let slots = self.slots
            Task {
                await GateConnection(client: client, upstream: upstream, pool: pool).serve()
                slots.release()
            }
        }
    }

    static let busy = GateResponse(status: 503, reason: "Service Unavailable",
                                   message: "casebook serve has too many open connections; try again in a moment")

    /// Answers 503 on a connection the gate cannot take, and closes it.
    private static func refuse(file: Int32) {
        let bytes = [UInt8](busy.encoded)
        _ = bytes.withUnsafeBytes { send(file, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        shutdown(file, Int32(SHUT_WR))
        Glibc.close(file)
    }
}
