import Foundation
import CasebookModel
internal import ZIPFoundation

/// Writes the bundle's zip with ZIPFoundation, one file at a time and straight from disk (the
/// archive is never held in memory; ZIPFoundation switches to ZIP64 past 65,535 entries or
/// 4 GiB). Every entry carries the same timestamp, so the same files always give the same bytes.
final class ZipWriter {
    /// Files already compressed gain nothing from deflate; they are stored as they are.
    static let storedExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "avif", "pdf", "woff", "woff2", "zip", "gz"]
    static let chunkSize = 256 * 1024

    let url: URL
    private let archive: Archive
    private let modified: Date

    /// Creates `url`, which must not exist. `date` (`YYYY-MM-DD`, the casebook's) dates every
    /// entry at noon of that day; without one, 1980-01-01, the first day a zip can hold.
    init(creating url: URL, date: String?) throws {
        self.url = url
        let day = date.flatMap(PDFMaker.epoch(of:)) ?? 315_532_800
        modified = Date(timeIntervalSince1970: TimeInterval(day + 12 * 3600))
        // A failed write reaches us without its reason, sometimes on a later entry than the one
        // that met it (stdio keeps the error); errno, cleared here, then still holds the reason.
        errno = 0
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw FileFailure(.write, url.path, error: error)
        }
    }

    /// Adds the file at `source` as `path`; `observe` sees its bytes as they go by.
    func add(path: String, from source: URL, observe: (Data) -> Void = { _ in }) throws {
        let descriptor = open(source.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileFailure(.read, source.path, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileFailure(.read, source.path, errno: errno) }
        let method: CompressionMethod = Self.storedExtensions.contains(source.pathExtension.lowercased()) ? .none : .deflate
        var readFailure: FileFailure?
        do {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(info.st_size), modificationDate: modified,
                                 permissions: 0o644, compressionMethod: method, bufferSize: Self.chunkSize) { _, size in
                var chunk = Data(count: size)
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, size) }
                guard count > 0 else {
                    let failure = count < 0 ? FileFailure(.read, source.path, errno: errno)
                        : FileFailure(.read, source.path, reason: "it changed while it was being packed")
                    readFailure = failure
                    throw failure
                }
                chunk.count = count
                observe(chunk)
                return chunk
            }
        } catch {
            if let readFailure { throw readFailure }
            let code = errno
            throw code != 0 ? FileFailure(.write, url.path, errno: code) : FileFailure(.write, url.path, error: error)
        }
    }
}
