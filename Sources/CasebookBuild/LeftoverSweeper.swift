import Foundation

/// Removes what killed runs left behind: entries named `<stem>-<pid>` (a staging folder, an
/// old site moved aside, a half-written zip) whose process is gone. A process that is still
/// running keeps its own.
enum LeftoverSweeper {
    /// This process's name for a leftover: `<stem>-<pid>`.
    static func name(_ stem: String) -> String {
        "\(stem)-\(getpid())"
    }

    /// Removes the entries of `folder` named `<stem>-<pid>`, for any of `stems`, whose process is not running.
    static func sweep(in folder: URL, stems: [String]) {
        let own = getpid()
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            guard let dash = entry.lastIndex(of: "-"), stems.contains(String(entry[..<dash])),
                  let pid = Int32(entry[entry.index(after: dash)...]), pid > 0, pid != own, !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))
        }
    }

    /// `kill(pid, 0)`: no signal is sent, only whether the process exists (EPERM: it does, as
    /// another user's). A killed process nobody has reaped yet (a zombie, state `Z` in
    /// /proc/<pid>/stat, common in containers without an init) is not running.
    static func isRunning(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        // The state follows the command name, which is in parentheses and may hold spaces.
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first != "Z"
    }
}
