import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to 127.0.0.1 for the tests, with each blocking call made on a thread
/// of its own: the server under test runs on Swift's cooperative threads, which the test must
/// not hold, and Dispatch's shared threads may all be busy with other tests.
final class LoopbackClient: @unchecked Sendable {
    let file: Int32

    /// Connects to 127.0.0.1:`port`; every read or write gives up after `timeout` seconds.
    init(port: UInt16, timeout: Int = 30) throws {
        file = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(file, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(file)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(file, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(file, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(file) }

    /// Writes all of `bytes` unless the server closes first; false then.
    @discardableResult
    func send(_ bytes: [UInt8]) async -> Bool {
        await Self.blocking {
            var sent = 0
            while sent < bytes.count {
                let count = bytes[sent...].withUnsafeBytes { Glibc.send(self.file, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if count <= 0 { return false }
                sent += count
            }
            return true
        }
    }

    func send(_ text: String) async { await send(Array(text.utf8)) }

    /// When the first byte arrived (of all `receive` calls).
    private(set) var firstByte: Date?

    /// Exactly `count` bytes, or fewer if the connection ends or times out first.
    func receive(count: Int) async -> [UInt8] {
        await Self.blocking {
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while bytes.count < count {
                let got = buffer.withUnsafeMutableBytes { recv(self.file, $0.baseAddress, min($0.count, count - bytes.count), 0) }
                if got <= 0 { break }
                if self.firstByte == nil { self.firstByte = Date() }
                bytes += buffer[0..<got]
            }
            return bytes
        }
    }

    /// Everything until the server closes the connection (or the timeout).
    func receiveAll() async -> String {
        String(decoding: await receive(count: Int.max), as: UTF8.self)
    }

    /// Reads through the end of a response head (`\r\n\r\n`).
    func receiveHead() async -> String {
        var head: [UInt8] = []
        while !head.ends(with: Array("\r\n\r\n".utf8)) {
            let byte = await receive(count: 1)
            if byte.isEmpty { break }
            head += byte
        }
        return String(decoding: head, as: UTF8.self)
    }

    /// One request, its whole answer (the server closes after it), and how long the answer took
    /// to start.
    static func exchange(port: UInt16, _ request: [UInt8]) async throws -> (reply: String, seconds: Double) {
        let client = try LoopbackClient(port: port)
        let started = Date()
        // Sending and reading at once: a server that refuses a long request answers before
        // the client has finished sending it.
        async let sent = client.send(request)
        let reply = await client.receiveAll()
        _ = await sent
        return (reply, (client.firstByte ?? Date()).timeIntervalSince(started))
    }

    private static func blocking<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
