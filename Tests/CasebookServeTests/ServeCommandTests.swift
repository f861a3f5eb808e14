import CasebookTestSupport
import Foundation
import Testing

/// `casebook serve` run as a user runs it: under a low open-file limit, and on a port in use.
@Suite struct ServeCommandTests {
    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("casebook")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TemporaryCasebook.repository.appendingPathComponent(".build/debug/casebook")
    }

    /// Collects a process's standard error as it comes.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func add(_ more: Data) { lock.withLock { data.append(more) } }
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }

    /// Starts `casebook serve` through the shell (for `ulimit`), returning once it serves.
    func serve(_ book: TemporaryCasebook, shell: String) async throws -> (Process, Output, UInt16) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", shell, Self.binary.path, book.root.path]
        let output = Output()
        let pipe = Pipe()
        pipe.fileHandleForReading.readabilityHandler = { output.add($0.availableData) }
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        for _ in 0..<200 {
            if let range = output.text.range(of: #"serving on http://127\.0\.0\.1:\d+/"#, options: .regularExpression) {
                let port = UInt16(output.text[range].dropFirst("serving on http://127.0.0.1:".count).dropLast())!
                return (process, output, port)
            }
            if !process.isRunning { break }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        process.terminate()
        Issue.record("casebook serve did not start: \(output.text)")
        throw CancellationError()
    }

    @Test func atTheOpenFileLimitNewConnectionsAreRefusedAndServingGoesOn() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (process, output, port) = try await serve(book, shell: #"ulimit -n 64 && exec "$0" serve --root "$1" --port 0"#)
        defer { process.terminate() }
        var clients: [LoopbackClient] = []
        var answers: [String: Int] = [:]
        for _ in 0..<40 {
            let client = try LoopbackClient(port: port)
            await client.send("GET /ru/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let head = await client.receiveHead()
            answers[head.components(separatedBy: "\r\n")[0], default: 0] += 1
            clients.append(client)
        }
        #expect(answers["HTTP/1.1 200 OK", default: 0] >= 5, "\(answers)")
        #expect(answers["HTTP/1.1 503 Service Unavailable", default: 0] >= 1)
        #expect(answers.values.reduce(0, +) == 40)
        clients = []
        var served = false
        for _ in 0..<40 where !served {
            try await Task.sleep(nanoseconds: 50_000_000)
            served = try await LoopbackClient.exchange(port: port, Array("GET /ru/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
                .reply.hasPrefix("HTTP/1.1 200 OK\r\n")
        }
        #expect(served)
        #expect(process.isRunning)
        #expect(!output.text.contains("error"))
    }

    /// User and system CPU seconds a process has used (/proc/PID/stat, in clock ticks).
    func cpuSeconds(_ process: Process) throws -> Double {
        let stat = try String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)
        let fields = stat[stat.range(of: ") ")!.upperBound...].split(separator: " ")
        return Double(Int(fields[11])! + Int(fields[12])!) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    @Test func overlongRequestLinesCostTheServerAlmostNothing() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (process, _, port) = try await serve(book, shell: #"exec "$0" serve --root "$1" --port 0"#)
        defer { process.terminate() }
        let before = try cpuSeconds(process)
        for length in [100_000, 10_000_000] {
            let request = Array("GET /".utf8) + [UInt8](repeating: 0x61, count: length) + Array(" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
            let (reply, seconds) = try await LoopbackClient.exchange(port: port, request)
            #expect(reply.hasPrefix("HTTP/1.1 414 URI Too Long\r\n"))
            // Minutes before the fix; the CPU time below is the measure that does not depend on
            // how busy the machine is (9 s was seen at a load average of 20 on two cores).
            #expect(seconds < 30, "\(length) bytes: answered after \(seconds) s")
        }
        // Read in one pass and refused once past the limit. FlyingFox's own reader spent 4.4 s
        // on the first and kept both cores busy for minutes with the second; CPU time, unlike
        // the time to answer, does not depend on how busy the machine is.
        let used = try cpuSeconds(process) - before
        #expect(used < 0.5, "\(used) s of CPU")
        let served = try await LoopbackClient.exchange(port: port, Array("GET /ru/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8))
        #expect(served.reply.hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    @Test func anExplicitPortInUseIsAClearErrorWithStatusOne() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let (first, _, port) = try await serve(book, shell: #"exec "$0" serve --root "$1" --port 0"#)
        defer { first.terminate() }
        let second = Process()
        second.executableURL = Self.binary
        second.arguments = ["serve", "--root", book.root.path, "--port", String(port)]
        let pipe = Pipe()
        second.standardError = pipe
        second.standardOutput = FileHandle.nullDevice
        try second.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        second.waitUntilExit()
        #expect(second.terminationStatus == 1)
        #expect(text == "error: port \(port) is in use; stop the program that uses it or choose another with --port\n")
    }
}
