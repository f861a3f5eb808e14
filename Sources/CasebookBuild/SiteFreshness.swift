import Foundation

/// Whether a built site is older than its sources. A build writes the site's marker file
/// (`.casebook-output`) before it reads any source, so the marker's modification time is when
/// the site was built: any file or folder under content/ or themes/ changed after it (a folder
/// changes when a file in it is added, removed or renamed) is missing from the site. Names the
/// build ignores (starting with `.` or `_`) do not count.
struct SiteFreshness {
    var root: URL
    var site: URL

    /// The source changed most recently after the site was built (relative to the casebook
    /// folder, a folder with a trailing `/`), or nil when the site is up to date; and whether
    /// its time is ahead of the clock (no build can be newer then).
    func newerSource() -> (path: String, inFuture: Bool)? {
        guard let built = Self.modified(site.appendingPathComponent(StagedWriter.marker).path) else { return nil }
        var newest: (path: String, time: timespec)?
        for folder in ["content", "themes"] {
            visit(folder) { path, time in
                if Self.isLater(time, than: built), newest.map({ Self.isLater(time, than: $0.time) }) ?? true {
                    newest = (path, time)
                }
            }
        }
        guard let newest else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return (newest.path, Self.isLater(newest.time, than: now))
    }

    /// Calls `body` with every file and folder under `folder` (relative to the casebook folder).
    private func visit(_ folder: String, _ body: (String, timespec) -> Void) {
        guard let time = Self.modified(root.appendingPathComponent(folder).path) else { return }
        body(folder + "/", time)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        for entry in entries.sorted() where !entry.hasPrefix(".") && !entry.hasPrefix("_") {
            let path = folder + "/" + entry
            var info = stat()
            guard lstat(root.appendingPathComponent(path).path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                visit(path, body)
            } else {
                body(path, Self.modificationTime(info))
            }
        }
    }

    private static func modified(_ path: String) -> timespec? {
        var info = stat()
        return lstat(path, &info) == 0 ? modificationTime(info) : nil
    }

    private static func modificationTime(_ info: stat) -> timespec {
        #if canImport(Darwin)
        info.st_mtimespec
        #else
        info.st_mtim
        #endif
    }

    private static func isLater(_ a: timespec, than b: timespec) -> Bool {
        a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec
    }
}
