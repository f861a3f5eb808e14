#if os(Linux)
import Foundation
import Glibc

/// inotify watches on every folder below the watched ones (new folders join as they appear).
/// Waiting blocks in poll(2) on the inotify descriptor, so an idle preview costs no CPU; a save
/// is reported once the folders have been quiet for a moment, so an editor writing a file in
/// several steps (a temporary file renamed over the original) causes one rebuild, of the
/// finished file. Names starting with `.` (editor swap files) are ignored, as the loader
/// ignores them.
final class InotifyWatch: @unchecked Sendable {
    private let descriptor: Int32
    /// A pipe, written to wake a blocked wait when its task is cancelled.
    private let wakeDescriptor: Int32
    private let wakeWriter: Int32
    /// Watch descriptor → folder path; touched only on `queue`.
    private var folders: [Int32: String] = [:]
    /// Waits run here, off Swift's cooperative threads, which must never block.
    private let queue = DispatchQueue(label: "casebook.inotify")
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_DELETE_SELF | IN_ATTRIB)
    /// How long the folders must be quiet before a burst of events counts as one save.
    static let quietMilliseconds: Int32 = 15
    /// A burst that never pauses (a program writing a log under content/) is reported anyway
    /// after this long.
    static let longestBurst: UInt64 = 1_000_000_000

    init?(folders roots: [URL]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(descriptor)
            return nil
        }
        for end in pipeEnds {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        (wakeDescriptor, wakeWriter) = (pipeEnds[0], pipeEnds[1])
        for root in roots where FileManager.default.fileExists(atPath: root.path) {
            guard watchTree(root.path) else {
                close(descriptor)
                close(wakeDescriptor)
                close(wakeWriter)
                return nil
            }
        }
    }

    deinit {
        close(descriptor)
        close(wakeDescriptor)
        close(wakeWriter)
    }

    /// The changed paths once a save is complete, or nil after `timeout` seconds without any.
    func next(timeout: Double?) async throws -> Set<String>? {
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                queue.async { continuation.resume(returning: self.wait(timeout: timeout)) }
            }
        } onCancel: {
            var one: UInt8 = 1
            _ = write(wakeWriter, &one, 1)
        }
        try Task.checkCancellation()
        return result
    }

    /// Blocks until a burst of changes has settled (its paths; empty: unknown, rebuild all), the
    /// timeout passes (nil) or the wait is cancelled (nil).
    private func wait(timeout: Double?) -> Set<String>? {
        let deadline = timeout.map { DispatchTime.now().uptimeNanoseconds + UInt64(max(0, $0) * 1e9) }
        var batch = WatchBatch()
        while true {
            var milliseconds: Int32 = -1
            if let began = batch.began {
                if DispatchTime.now().uptimeNanoseconds - began >= Self.longestBurst, let settled = batch.settled() {
                    return settled
                }
                milliseconds = Self.quietMilliseconds
            } else if let deadline {
                let now = DispatchTime.now().uptimeNanoseconds
                milliseconds = now >= deadline ? 0 : Int32(min((deadline - now + 999_999) / 1_000_000, UInt64(Int32.max)))
            }
            var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return []
            }
            if fds[1].revents != 0 {
                var value: UInt8 = 0
                while read(wakeDescriptor, &value, 1) > 0 {}
                return nil
            }
            if ready == 0 {
                if batch.began == nil { return nil }
                if let settled = batch.settled() { return settled }
                // Only files that came and went (an editor's temporary files): nothing changed.
                batch = WatchBatch()
                continue
            }
            drain(into: &batch)
        }
    }

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
            if FileManager.default.fileExists(atPath: child, isDirectory: &isFolder), isFolder.boolValue {
                if !watchTree(child, found: found) { return false }
            } else {
                found(child)
            }
        }
        return true
    }

    /// Reads every pending event into `batch`.
    private func drain(into batch: inout WatchBatch) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.load(fromByteOffset: offset, as: Int32.self), raw.load(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { batch.markUnknown(); continue }
                if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil; continue }
                guard let folder = folders[watch], !name.hasPrefix(".") else { continue }
                let path = folder + "/" + name
                let appeared = mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
                if mask & UInt32(IN_ISDIR) != 0, appeared {
                    if !watchTree(path, found: { batch.record($0, appeared: true) }) { batch.markUnknown() }
                }
                batch.record(path, appeared: appeared)
            }
        }
    }
}
#endif
