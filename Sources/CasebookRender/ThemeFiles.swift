import Foundation
import CasebookModel

/// The files of one theme by their path inside its folder: read from `themes/<name>/`, or the
/// copy of the default theme the binary carries (`EmbeddedTheme`). Hidden files are skipped.
struct ThemeFiles {
    /// How diagnostics name the folder: `themes/default`.
    var base: String
    /// Sorted by path.
    var files: [(path: String, data: Data)]
    /// Paths that could not be read.
    var unreadable = Set<String>()
    /// Paths (`""` for the folder itself) that are links leading outside the casebook folder,
    /// and where they lead; never read.
    var outside: [(path: String, target: String)] = []

    /// The files of `folder`, each read once; none that leads outside `containment`'s folder.
    /// Nil when there is no such folder.
    static func read(_ folder: URL, base: String, containment: FolderContainment? = nil) -> ThemeFiles? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        if let target = containment?.outside(folder.path) {
            return ThemeFiles(base: base, files: [], outside: [("", target)])
        }
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return nil }
        var files: [(path: String, data: Data)] = []
        var unreadable = Set<String>()
        var outside: [(path: String, target: String)] = []
        while let path = enumerator.nextObject() as? String {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let url = folder.appendingPathComponent(path)
            if let target = containment?.outside(url.path) {
                outside.append((path, target))
                continue
            }
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            guard !isDirectory.boolValue else { continue }
            if let data = FileManager.default.contents(atPath: url.path) {
                files.append((path, data))
            } else {
                // Reported where it is used (a template, the strings); an asset is skipped.
                unreadable.insert(path)
            }
        }
        return ThemeFiles(base: base, files: files.sorted { $0.path < $1.path }, unreadable: unreadable,
                          outside: outside.sorted { $0.path < $1.path })
    }

    static var embedded: ThemeFiles {
        ThemeFiles(base: "themes/\(EmbeddedTheme.name)", files: EmbeddedTheme.files)
    }

    /// Only the `strings/` files of the built-in theme: all a theme folder falls back to.
    static var embeddedStrings: ThemeFiles {
        ThemeFiles(base: "themes/\(EmbeddedTheme.name)", files: EmbeddedTheme.files(under: "strings/"))
    }

    /// The files below `folder` (`templates`), as (path inside it, bytes).
    func under(_ folder: String) -> [(name: String, data: Data)] {
        let prefix = folder + "/"
        return files.filter { $0.path.hasPrefix(prefix) }.map { (String($0.path.dropFirst(prefix.count)), $0.data) }
    }

    subscript(path: String) -> Data? {
        files.first { $0.path == path }?.data
    }
}
