import Foundation
import CasebookBuild
import CasebookModel
import FlyingFox

/// `casebook serve`: builds into memory, serves on 127.0.0.1, rebuilds when content/ or
/// themes/ change, and tells open pages to reload. site/ is never written.
public struct PreviewServer: Sendable {
    public var options: BuildPipeline.Options
    public var port: UInt16
    public var log: @Sendable (String) -> Void

    public init(options: BuildPipeline.Options, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        self.log = log
    }

    /// Serves until the task is cancelled. After the first build, an edit to a case's body
    /// re-renders only that case's pages (see `PreviewBuilder`).
    public func run() async throws {
        let site = PreviewSite()
        let builder = PreviewBuilder(options: options, log: log)
        // Watching starts before the first build, so that no edit made meanwhile is missed.
        let watcher = ContentWatcher(folders: [options.root.appendingPathComponent("content"),
                                               options.root.appendingPathComponent("themes")])
        await builder.rebuildAll(into: site)
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled,
                                handler: PreviewHandler(site: site))
        let log = self.log
        let port = self.port
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening()
                log("serving on http://127.0.0.1:\(port)/ — watching content/ and themes/; Ctrl+C stops")
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
}
