import Foundation

/// Notices changes under content/ and themes/ by comparing a snapshot of every file's size
/// and modification time; polling works the same on every file system, USB sticks included.
struct ContentWatcher {
    var folders: [URL]

    /// A value that changes whenever a file is added, removed or modified.
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
