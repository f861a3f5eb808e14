import Foundation

/// What an original looked like when it was hashed: if size, modification time and inode are
/// the same, so is the hash. Kept in the cache's index, one tab-separated line per file.
struct ImageFingerprint: Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64
    var hash: String

    init(size: Int64, modified: Int64, inode: UInt64, hash: String) {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.hash = hash
    }

    init(_ info: stat, hash: String) {
        self.init(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  inode: UInt64(info.st_ino), hash: hash)
    }

    func matches(_ other: ImageFingerprint) -> Bool {
        size == other.size && modified == other.modified && inode == other.inode
    }

    /// The index as written by `writeIndex`; a missing or damaged index only costs hashing again.
    static func readIndex(at url: URL) -> [String: ImageFingerprint] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var index: [String: ImageFingerprint] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let size = Int64(fields[0]), let modified = Int64(fields[1]),
                  let inode = UInt64(fields[2]), fields[3].count == 64 else { continue }
            index[String(fields[4])] = ImageFingerprint(size: size, modified: modified, inode: inode, hash: String(fields[3]))
        }
        return index
    }

    /// Writes the index through a temporary file, so a reader never sees half of it.
    static func writeIndex(_ index: [String: ImageFingerprint], to url: URL) {
        var text = ""
        for (path, entry) in index.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            text += "\(entry.size)\t\(entry.modified)\t\(entry.inode)\t\(entry.hash)\t\(path)\n"
        }
        try? Data(text.utf8).write(to: url, options: .atomic)
    }
}
