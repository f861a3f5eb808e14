#if os(Linux)
import Foundation
import Glibc

/// inotify watches on every folder below the watched ones (new folders join as they appear).
/// A save is reported once it has been quiet for a moment, so an editor writing a file in
/// several steps causes one rebuild, of the finished file. Names starting with `.` (editor
/// swap files) are ignored, as the loader ignores them.
final class InotifyWatch: @unchecked Sendable {
    private let descriptor: Int32
    /// Watch descriptor → folder path.
    private var folders: [Int32: String] = [:]
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_DELETE_SELF | IN_ATTRIB)
    /// How often the descriptor is read, and how long a save must be quiet.
    private static let tick: UInt64 = 5_000_000
    private static let quiet: UInt64 = 15_000_000

    init?(folders roots: [URL]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        for root in roots where FileManager.default.fileExists(atPath: root.path) {
            guard watchTree(root.path) else {
                close(descriptor)
                return nil
            }
        }
    }

    deinit { close(descriptor) }

    /// Adds a watch on `path` and every folder below it; false when the system refuses one.
    @discardableResult
    private func watchTree(_ path: String, found: (String) -> Void = { _ in }) -> Bool {
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return false }
        folders[watch] = path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return true }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = path + "/" + name
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: child, isDirectory: &isFolder)
            if isFolder.boolValue {
                if !watchTree(child, found: found) { return false }
            } else {
                found(child)
            }
        }
        return true
    }

    /// The changed paths once a save is complete, or nil after `timeout` seconds without any.
    func next(timeout: Double?) async throws -> Set<String>? {
        var changed = Set<String>()
        var unknown = false
        var quietFor: UInt64 = 0
        var waited: UInt64 = 0
        while true {
            try await Task.sleep(nanoseconds: Self.tick)
            waited += Self.tick
            if let timeout, changed.isEmpty, !unknown, Double(waited) / 1e9 >= timeout { return nil }
            let before = changed.count
            let sawEvents = drain(into: &changed, unknown: &unknown)
            if sawEvents || changed.count != before {
                quietFor = 0
            } else if !changed.isEmpty || unknown {
                quietFor += Self.tick
                if quietFor >= Self.quiet { return unknown ? [] : changed }
            }
        }
    }

    /// Reads every pending event; true if there was any.
    private func drain(into changed: inout Set<String>, unknown: inout Bool) -> Bool {
        var any = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return any }
            any = true
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.load(fromByteOffset: offset, as: Int32.self), raw.load(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { unknown = true; continue }
                if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil; continue }
                guard let folder = folders[watch], !name.hasPrefix(".") else { continue }
                let path = folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        if !watchTree(path, found: { changed.insert($0) }) { unknown = true }
                    }
                    changed.insert(path)
                } else {
                    changed.insert(path)
                }
            }
        }
    }
}
#endif
