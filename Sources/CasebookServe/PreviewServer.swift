import Foundation
import CasebookBuild
import CasebookModel
import FlyingFox
import FlyingSocks

/// `casebook serve`: builds into memory, serves on 127.0.0.1, rebuilds when content/ or
/// themes/ change, and tells open pages to reload. site/ is never written.
///
/// The browser talks to a `LoopbackGate`, which checks every request and passes it to
/// FlyingFox's HTTP server on a socket that only this process knows.
public struct PreviewServer: Sendable {
    public var options: BuildPipeline.Options
    public var port: UInt16
    /// When false, a port in use is replaced by the next free one; when true it is an error.
    public var exactPort: Bool
    public var log: @Sendable (String) -> Void
    /// The language of what it logs and of the browser overlay.
    public var language: MessageLanguage = .english
    /// Told the port once the server answers.
    public var listening: @Sendable (UInt16) -> Void = { _ in }

    public init(options: BuildPipeline.Options, port: UInt16, exactPort: Bool = false,
                log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        self.exactPort = exactPort
        self.log = log
    }

    /// Serves until the task is cancelled. After the first build, an edit to a case's body
    /// re-renders only that case's pages (see `PreviewBuilder`). Throws `ServeError` when it
    /// cannot listen.
    public func run() async throws {
        // The port first, so that a port in use is told before the build, not after it.
        let gate = try LoopbackGate.open(port: port, exact: exactPort)
        let language = self.language
        let text: @Sendable (Message) -> String = { $0.rendered(in: language) }
        if gate.port != port, port != 0 { log(text("port \(port) is in use; serving on \(gate.port) instead")) }
        let site = PreviewSite(language: language)
        let builder = PreviewBuilder(options: options, language: language, log: log)
        // Watching starts before the first build, so that no edit made meanwhile is missed.
        let watcher = ContentWatcher(folders: [options.root.appendingPathComponent("content"),
                                               options.root.appendingPathComponent("themes")])
        await builder.rebuildAll(into: site)
        let inner = Self.innerAddress(port: gate.port)
        let server = HTTPServer(address: inner, logger: .disabled, handler: PreviewHandler(site: site))
        let log = self.log
        let listening = self.listening
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // FlyingFox stops when accepting fails; start it again rather than stop serving.
                while !Task.isCancelled {
                    do { try await server.run() } catch is CancellationError { return } catch {
                        log(text("the HTTP server stopped (\(error.localizedDescription)); starting it again"))
                    }
                    try await Task.sleep(nanoseconds: 100_000_000)
                }
            }
            group.addTask {
                try await server.waitUntilListening()
                try await gate.run(upstream: inner)
            }
            group.addTask {
                try await server.waitUntilListening()
                log(text("serving on http://127.0.0.1:\(gate.port)/ — watching content/ and themes/; Ctrl+C stops"))
                listening(gate.port)
                while !Task.isCancelled {
                    // Work left after an update (the search index) is done once edits pause.
                    let pending = await builder.hasPendingWork
                    if let changed = try await watcher.next(timeout: pending ? 0.25 : nil) {
                        await builder.update(changed, into: site)
                    } else {
                        await builder.finishPending(into: site)
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Where FlyingFox listens: a socket no browser can reach (Linux's abstract namespace leaves
    /// no file behind).
    static func innerAddress(port: UInt16) -> sockaddr_un {
        #if os(Linux)
        return .unix(abstractNamespace: "casebook-serve-\(getpid())-\(port)")
        #else
        return .unix(path: FileManager.default.temporaryDirectory.appendingPathComponent("casebook-serve-\(getpid())-\(port)").path)
        #endif
    }
}
