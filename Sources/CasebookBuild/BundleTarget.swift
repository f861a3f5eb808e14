import Foundation
import CasebookModel
internal import ZIPFoundation

/// Where `casebook bundle` may write its zip: never over or inside the casebook's own folders
/// (content/, themes/, the site), never over a folder, and over an existing file only when it is
/// a bundle casebook wrote. A bundle is recognised by its first entry, `<folder>/.casebook-output`.
struct BundleTarget {
    var zip: URL
    var root: URL
    var site: URL

    /// Why the zip (and its `.sha256` beside it) may not be written there, if it may not.
    func refusal() -> Message? {
        let path = zip.path
        let target = Self.resolved(zip)
        let forbidden: [(URL, Message)] = [
            (root.appendingPathComponent("content"), "content/"), (root.appendingPathComponent("themes"), "themes/"),
            (site, "the site folder"),
        ]
        if target == Self.resolved(root) { return "refusing to write the bundle to \(path): that is the casebook folder" }
        for (folder, label) in forbidden {
            let other = Self.resolved(folder)
            if target == other { return "refusing to write the bundle to \(path): that is \(label)" }
            if target.hasPrefix(other + "/") { return "refusing to write the bundle to \(path): it is inside \(label)" }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return "\(path) is a folder; give the path of the zip file to write" }
            if !Self.isBundle(zip) {
                return "\(path) exists and is not a casebook bundle; refusing to overwrite it (remove it or choose another --output)"
            }
        }
        let checksum = zip.appendingPathExtension("sha256")
        if FileManager.default.fileExists(atPath: checksum.path, isDirectory: &isDirectory),
           isDirectory.boolValue || !Self.isChecksumFile(checksum) {
            return "\(checksum.path) exists and is not a checksum file of casebook; refusing to overwrite it (remove it or choose another --output)"
        }
        return nil
    }

    /// The entry a bundle starts with.
    static func markerEntry(folder: String) -> String { "\(folder)/\(StagedWriter.marker)" }

    /// A zip whose first entry is a casebook marker.
    static func isBundle(_ url: URL) -> Bool {
        guard let archive = try? Archive(url: url, accessMode: .read, pathEncoding: nil),
              let first = archive.makeIterator().next() else { return false }
        return first.path.hasSuffix("/\(StagedWriter.marker)") && first.path.split(separator: "/").count == 2
    }

    /// One line: 64 hex digits, two spaces, a file name.
    static func isChecksumFile(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url), data.count < 4096 else { return false }
        let text = String(decoding: data, as: UTF8.self)
        let hex = text.prefix(64)
        return hex.count == 64 && hex.allSatisfy(\.isHexDigit) && text.dropFirst(64).hasPrefix("  ")
            && text.hasSuffix("\n") && text.filter({ $0 == "\n" }).count == 1
    }

    /// The path with every symbolic link in it followed, so a link cannot lead around the checks.
    /// The part of the path that does not exist yet is kept as it is.
    static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL.path
        var rest: [String] = []
        while existing != "/" {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                existing = String(cString: real)
                break
            }
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return ([existing == "/" ? "" : existing] + rest).joined(separator: "/")
    }
}
