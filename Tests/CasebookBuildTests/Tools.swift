import CasebookTestSupport
import Foundation

/// Runs programs for the file-system tests: independent checkers (unzip, sha256sum) and, for
/// root, `mount` of small tmpfs folders to meet a full or read-only disk for real.
enum Tools {
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil,
                    environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        try Program.run(executable, arguments, in: folder, environment: environment)
    }

    /// Whether this process may mount a tmpfs (root with the capability, as on the build machine).
    static let canMount: Bool = {
        guard geteuid() == 0 else { return false }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mount-probe-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard (try? mount(folder, options: "size=64k")) != nil else { return false }
        unmount(folder)
        return true
    }()

    /// Mounts a tmpfs on `folder` (which must exist) with `options`, e.g. `size=64k` or `ro`.
    static func mount(_ folder: URL, options: String) throws {
        let result = try run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder.path])
        if result.status != 0 { throw CocoaError(.fileWriteUnknown) }
    }

    static func unmount(_ folder: URL) {
        _ = try? run("/bin/umount", [folder.path])
    }
}
