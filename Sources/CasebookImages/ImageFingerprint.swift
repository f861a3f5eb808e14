import Foundation

/// What an original looked like when it was last read: if its size, modification time and
/// inode are the same, so are its header and its content hash, and neither is read again (no
/// libvips call, no hashing). Kept in the cache's index, one tab-separated line per file.
struct ImageFingerprint: Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64
    /// SHA-256 of the bytes; empty until the copies were first asked for.
    var hash: String
    var header: ImageHeader?

    init(size: Int64, modified: Int64, inode: UInt64, hash: String = "", header: ImageHeader? = nil) {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.hash = hash
        self.header = header
    }

    init(_ info: stat) {
        self.init(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  inode: UInt64(info.st_ino))
    }

    /// The same file as when `other` was taken (what was learnt about it still holds).
    func matches(_ other: ImageFingerprint) -> Bool {
        size == other.size && modified == other.modified && inode == other.inode
    }

    /// The index as written by `writeIndex`; a missing or damaged index only costs reading again.
    static func readIndex(at url: URL) -> [String: ImageFingerprint] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var index: [String: ImageFingerprint] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 9, omittingEmptySubsequences: false)
            guard fields.count == 10, let size = Int64(fields[0]), let modified = Int64(fields[1]),
                  let inode = UInt64(fields[2]), fields[3].count == 64 || fields[3] == "-" else { continue }
            var header: ImageHeader?
            if let width = Int(fields[4]), let height = Int(fields[5]), let orientation = Int(fields[6]),
               fields[7] == "0" || fields[7] == "1" {
                header = ImageHeader(storedWidth: width, storedHeight: height, orientation: orientation,
                                     hasAlpha: fields[7] == "1", loader: String(fields[8]))
            }
            index[String(fields[9])] = ImageFingerprint(size: size, modified: modified, inode: inode,
                                                        hash: fields[3] == "-" ? "" : String(fields[3]), header: header)
        }
        return index
    }

    /// Writes the index through a temporary file, so a reader never sees half of it.
    static func writeIndex(_ index: [String: ImageFingerprint], to url: URL) {
        var text = ""
        for (path, entry) in index.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            text += "\(entry.size)\t\(entry.modified)\t\(entry.inode)\t\(entry.hash.isEmpty ? "-" : entry.hash)\t"
            if let header = entry.header, !header.loader.contains("\t") {
                text += "\(header.storedWidth)\t\(header.storedHeight)\t\(header.orientation)\t\(header.hasAlpha ? 1 : 0)\t\(header.loader)\t"
            } else {
                text += "-\t-\t-\t-\t-\t"
            }
            text += "\(path)\n"
        }
        try? Data(text.utf8).write(to: url, options: .atomic)
    }
}
