import Foundation
import CasebookModel

/// `casebook bundle`: the built site as one zip (for a USB stick or a messenger) plus a
/// `.sha256` file that `sha256sum -c` understands. The zip holds one folder, so unpacking
/// it anywhere gives a site that opens from disk at `<folder>/index.html`.
public struct SiteBundler {
    public var site: URL
    public var date: String?

    public init(site: URL, date: String?) {
        self.site = site
        self.date = date
    }

    /// Writes `zip` and `zip.sha256`; returns the checksum and the number of files.
    public func bundle(to zip: URL) throws -> (checksum: String, files: Int) {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: site.appendingPathComponent(StagedWriter.marker).path) else {
            throw Problem("\(site.path) is not a built site (no \(StagedWriter.marker)); run casebook build first")
        }
        let folder = zip.deletingPathExtension().lastPathComponent
        var writer = ZipWriter(date: date)
        var paths: [String] = []
        let enumerator = fileManager.enumerator(atPath: site.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            fileManager.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue && path != StagedWriter.marker { paths.append(path) }
        }
        for path in paths.sorted() {
            try writer.add(path: "\(folder)/\(path)", data: Data(contentsOf: site.appendingPathComponent(path)))
        }
        let archive = writer.finish()
        try archive.write(to: zip, options: .atomic)
        let checksum = SHA256.hex(archive)
        try Data("\(checksum)  \(zip.lastPathComponent)\n".utf8)
            .write(to: zip.appendingPathExtension("sha256"), options: .atomic)
        return (checksum, paths.count)
    }
}
