import Foundation
import CasebookRender

/// The folder a build writes into before `StagedWriter` swaps it into place. Takes files from
/// several threads at once, as pages are rendered, so no build holds its whole site in memory.
///
/// Files are written with plain `open`/`write`/`close`: no temporary file and no `fsync` per
/// file (Foundation's `Data.write` syncs each one, which on a slow disk cost more than
/// rendering). Durability comes from the rename that publishes the folder.
public final class StagingFolder: OutputSink, @unchecked Sendable {
    public let url: URL
    private let root: String
    private let lock = NSLock()
    /// Folders known to exist, relative to the staging folder.
    private var folders: Set<Substring> = [""]
    private var paths: [String] = []
    private var failure: (any Error)?

    init(url: URL) {
        self.url = url
        root = url.path
    }

    public func write(_ file: OutputFile) {
        do {
            let slash = file.path.lastIndex(of: "/")
            let folder = slash.map { file.path[..<$0] } ?? ""
            if !lock.withLock({ folders.contains(folder) }) {
                try makeFolder(root + "/" + folder)
                lock.withLock { _ = folders.insert(folder) }
            }
            try Self.write(file.data, to: root + "/" + file.path)
            lock.withLock { paths.append(file.path) }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    /// The first error any write met.
    public func check() throws {
        if let failure = lock.withLock({ failure }) { throw failure }
    }

    /// Every file written so far, sorted.
    public var writtenPaths: [String] { lock.withLock { paths.sorted() } }

    /// Removes the folder (the build failed).
    public func discard() {
        try? FileManager.default.removeItem(at: url)
    }

    /// `mkdir -p`; another thread making the same folder at the same time is fine.
    private func makeFolder(_ path: String) throws {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex else {
            throw FileFailure(.makeFolder, path, errno: errno)
        }
        try makeFolder(String(path[..<slash]))
        if mkdir(path, 0o777) != 0 && errno != EEXIST { throw FileFailure(.makeFolder, path, errno: errno) }
    }

    private static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileFailure(.write, path, errno: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw FileFailure(.write, path, errno: errno)
                }
                offset += count
            }
        }
    }
}
