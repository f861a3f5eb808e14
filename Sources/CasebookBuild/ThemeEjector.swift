import Foundation
import CasebookModel
import CasebookRender

/// `casebook theme eject`: writes the default theme the binary carries to `themes/default/`,
/// byte for byte, for customising. A theme folder on disk then wins over the built-in one.
public struct ThemeEjector {
    public var root: URL

    public init(root: URL) { self.root = root }

    public static let folder = "themes/\(EmbeddedTheme.name)"

    /// Writes every file of the built-in theme and returns their paths (relative to the
    /// casebook folder). Without `force`, refuses when the folder exists, and writes nothing;
    /// with it, overwrites the theme's files and leaves any others in the folder alone.
    public func eject(force: Bool) throws -> [String] {
        let folder = root.appendingPathComponent(Self.folder)
        if !force, FileManager.default.fileExists(atPath: folder.path) {
            throw Problem("\(Self.folder)/ already exists; nothing was written (use --force to overwrite its files with the built-in theme's)")
        }
        var written: [String] = []
        for file in EmbeddedTheme.files {
            let path = "\(Self.folder)/\(file.path)"
            let url = root.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .atomic)
            } catch {
                throw Problem("could not write \(path): \(FileFailure.reason(of: error))")
            }
            written.append(path)
        }
        return written
    }
}
