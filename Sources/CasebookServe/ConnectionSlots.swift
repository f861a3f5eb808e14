import Foundation

/// How many browser connections the gate holds at once. Each costs three file descriptors (the
/// browser's, the gate's to the HTTP server and the server's), so the number is set from the
/// process's open-file limit with room left for reading pages, media and content files: at the
/// limit new connections are refused with 503 and the server goes on serving the others.
final class ConnectionSlots: @unchecked Sendable {
    let limit: Int
    private let lock = NSLock()
    private var used = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// The limit for this process: a third of the descriptors left after those open now and a
    /// spare eighth, at most 256 (one author's browser never needs more).
    static func forThisProcess() -> ConnectionSlots {
        var limits = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limits)
        let allowed = Int(min(limits.rlim_cur, 1 << 20))
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 32
        let spare = max(16, allowed / 8)
        return ConnectionSlots(limit: max(1, min(256, (allowed - open - spare) / 3)))
    }

    /// Takes a slot; false when all are in use.
    func take() -> Bool {
        lock.withLock {
            guard used < limit else { return false }
            used += 1
            return true
        }
    }

    func release() {
        lock.withLock { used -= 1 }
    }

    var inUse: Int { lock.withLock { used } }
}
