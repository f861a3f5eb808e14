import Foundation
import CasebookRender
#if canImport(Glibc)
import Glibc
#endif

/// Where a build keeps the search terms of the pages it indexed for the next one
/// (`SearchTermCache`): `.casebook-cache/search-terms` in the casebook folder, beside the
/// processed images. A cache only: unreadable, it is ignored; unwritable, the next build
/// gathers every page's terms again.
enum SearchTermCacheFile {
    static func url(root: URL) -> URL { root.appendingPathComponent(".casebook-cache/search-terms") }

    /// The cache of the casebook at `root` (empty when there is none or it cannot be trusted).
    static func load(root: URL) -> SearchTermCache? {
        guard let stamp = stamp() else { return nil }
        return SearchTermCache(data: try? Data(contentsOf: url(root: root)), stamp: stamp)
    }

    /// Writes what `cache` learnt, when it learnt anything, replacing the file in one step.
    static func save(_ cache: SearchTermCache, root: URL) {
        guard let data = cache.encoded() else { return }
        let file = url(root: root)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }

    /// The running program as a file (device, inode, size, modification time): another build
    /// of casebook, which may fold or stem words otherwise, does not trust this one's terms.
    static func stamp() -> String? {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return nil }
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}
