import Foundation

/// Tells which files under content/ and themes/ changed. On Linux it listens to inotify, so an
/// edit is seen as it is saved; elsewhere, or where inotify is not available, it compares
/// snapshots of every file's size and modification time, which works the same on every file
/// system, USB sticks included.
final class ContentWatcher: @unchecked Sendable {
    let folders: [URL]
    #if os(Linux)
    private var inotify: InotifyWatch?
    #endif
    private var last: [String: String]

    init(folders: [URL]) {
        self.folders = folders
        #if os(Linux)
        inotify = InotifyWatch(folders: folders)
        #endif
        last = [:]
        if !usesEvents { last = snapshot() }
    }

    /// Whether changes come as events (inotify) rather than from polling.
    var usesEvents: Bool {
        #if os(Linux)
        return inotify != nil
        #else
        return false
        #endif
    }

    /// Waits for the next change; the absolute paths of the files that changed (empty when
    /// the watcher cannot tell which: rebuild everything), or nil after `timeout` seconds
    /// without a change.
    func next(timeout: Double? = nil) async throws -> Set<String>? {
        #if os(Linux)
        if let inotify { return try await inotify.next(timeout: timeout) }
        #endif
        var waited = 0.0
        while true {
            try await Task.sleep(nanoseconds: 300_000_000)
            waited += 0.3
            let now = snapshot()
            guard now != last else {
                if let timeout, waited >= timeout { return nil }
                continue
            }
            let changed = Set(now.keys.filter { now[$0] != last[$0] }).union(last.keys.filter { now[$0] == nil })
            last = now
            return changed
        }
    }

    /// A value per file that changes whenever the file is added, removed or modified.
    func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        let fileManager = FileManager.default
        for folder in folders {
            guard let enumerator = fileManager.enumerator(atPath: folder.path) else { continue }
            while let path = enumerator.nextObject() as? String {
                let full = folder.appendingPathComponent(path).path
                guard let attributes = try? fileManager.attributesOfItem(atPath: full),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[full] = "\(attributes[.size] ?? 0)-\(modified)"
            }
        }
        return result
    }
}
