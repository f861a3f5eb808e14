import Foundation
import CasebookModel
import CasebookRender

/// Writes the output tree into a staging folder beside the output folder, then swaps it in,
/// so a failed build never leaves a half-written site. It only ever replaces a folder that
/// is missing, empty, or carries the marker file of an earlier build.
public struct StagedWriter {
    public static let marker = ".casebook-output"
    public static let markerText = "This folder is written by `casebook build`; it is replaced on every build.\n"
    /// Written into the output so a reader of the folder knows not to edit it.
    public static let readme = """
    # site/

    The generated website. `casebook build` writes this folder anew on every build; do not
    edit it by hand: change `content/` or `themes/` and build again. Open `index.html` in a
    browser, or publish the whole folder on any static web server.

    """

    public var output: URL
    /// Folders the output must never be, nor contain (the casebook folder, content/, themes/).
    public var protected: [URL]

    public init(output: URL, protected: [URL]) {
        self.output = output.standardizedFileURL
        self.protected = protected.map { $0.standardizedFileURL }
    }

    /// Why the output folder may not be replaced, if it may not.
    public func refusal() -> String? {
        let path = output.path
        let fileManager = FileManager.default
        if path == "/" || path == fileManager.homeDirectoryForCurrentUser.standardizedFileURL.path {
            return "refusing to write the site into \(path)"
        }
        for folder in protected {
            let other = folder.path
            if path == other || other.hasPrefix(path + "/") {
                return "refusing to write the site into \(path): it holds \(other)"
            }
            if path.hasPrefix(other + "/") && folder != protected.first {
                return "refusing to write the site inside \(other)"
            }
        }
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "\(path) is a file, not a folder" }
        let entries = (try? fileManager.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || entries.contains(Self.marker) { return nil }
        return "\(path) is not empty and was not written by casebook (no \(Self.marker) file); choose an empty folder with --output or remove it"
    }

    /// A new, empty staging folder beside the output, to render into (see `WebsiteRenderer`'s sink).
    public func stage() throws -> StagingFolder {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        return StagingFolder(url: staging)
    }

    /// Writes `files` and the media copied from their sources into `staging` (a new one if
    /// nil), runs `finish` on the complete staging folder (to make PDFs from the written HTML),
    /// then swaps the result into place. On failure the staging folder is removed.
    public func write(_ files: [OutputFile], media: [(path: String, source: URL)], into staging: StagingFolder? = nil,
                      finish: (URL) throws -> Void = { _ in }) throws {
        let fileManager = FileManager.default
        let folder = try staging ?? stage()
        do {
            for file in files { folder.write(file) }
            try folder.check()
            for item in media {
                let target = folder.url.appendingPathComponent(item.path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: item.source, to: target)
            }
            try Data(Self.markerText.utf8).write(to: folder.url.appendingPathComponent(Self.marker))
            try Data(Self.readme.utf8).write(to: folder.url.appendingPathComponent("README.md"))
            try finish(folder.url)
            try swap(folder.url)
        } catch {
            folder.discard()
            throw error
        }
    }

    /// Renames: old output aside, staging in, old output removed.
    private func swap(_ staging: URL) throws {
        let fileManager = FileManager.default
        let old = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        if fileManager.fileExists(atPath: output.path) {
            try? fileManager.removeItem(at: old)
            try fileManager.moveItem(at: output, to: old)
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            if fileManager.fileExists(atPath: old.path) { try? fileManager.moveItem(at: old, to: output) }
            throw error
        }
        try? fileManager.removeItem(at: old)
    }
}
