import Foundation

/// The file events of one burst of saving, reduced to what changed. An editor that saves by
/// writing a temporary file and renaming it over the original, or that probes the folder with a
/// file it deletes at once, leaves paths that appeared during the burst and are gone at its end:
/// those changed nothing and are dropped, so the save counts as an edit of the one file.
struct WatchBatch {
    private(set) var changed: Set<String> = []
    /// Paths created or moved in during this burst.
    private var appeared: Set<String> = []
    /// Events were lost (the kernel's queue overflowed): everything may have changed.
    private(set) var unknown = false
    /// When the first event of the burst came (`DispatchTime` nanoseconds).
    private(set) var began: UInt64?

    mutating func record(_ path: String, appeared isNew: Bool, at time: UInt64 = DispatchTime.now().uptimeNanoseconds) {
        if began == nil { began = time }
        changed.insert(path)
        if isNew { appeared.insert(path) }
    }

    mutating func markUnknown(at time: UInt64 = DispatchTime.now().uptimeNanoseconds) {
        if began == nil { began = time }
        unknown = true
    }

    /// What the burst changed: empty when unknown (rebuild everything), nil when only
    /// temporary files came and went.
    func settled(exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> Set<String>? {
        if unknown { return [] }
        let kept = changed.filter { !appeared.contains($0) || exists($0) }
        return kept.isEmpty ? nil : kept
    }
}
