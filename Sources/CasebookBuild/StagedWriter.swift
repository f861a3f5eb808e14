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

    /// Media from this folder are hard-linked into the output instead of copied: the image
    /// cache, whose files are only ever added, never changed in place.
    public var linkedSources: URL?

    /// Moves a file or folder; tests put a failing one here to play a mount point.
    var rename: (URL, URL) throws -> Void = StagedWriter.systemRename

    public init(output: URL, protected: [URL]) {
        self.output = output.standardizedFileURL
        self.protected = protected.map { $0.standardizedFileURL }
    }

    /// Why the output folder may not be replaced, if it may not.
    public func refusal() -> Message? {
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
        // A copy a killed build left inside a mount-point output does not make it someone's folder.
        let entries = ((try? fileManager.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(Self.incomingStem + "-") }
        if entries.isEmpty || entries.contains(Self.marker) { return nil }
        return "\(path) is not empty and was not written by casebook (no \(Self.marker) file); choose an empty folder with --output or remove it"
    }

    /// A new, empty staging folder beside the output, to render into (see `WebsiteRenderer`'s
    /// sink). Leftovers of killed builds beside the output are removed first. The marker is
    /// written now, before any source is read: its time is when the site was built from
    /// them (`casebook bundle` compares the sources with it).
    public func stage() throws -> StagingFolder {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw FileFailure(.makeFolder, parent.path, error: error)
        }
        LeftoverSweeper.sweep(in: parent, stems: [stagingStem, oldStem])
        let staging = parent.appendingPathComponent(LeftoverSweeper.name(stagingStem))
        try? fileManager.removeItem(at: staging)
        if mkdir(staging.path, 0o777) != 0 { throw FileFailure(.makeFolder, staging.path, errno: errno) }
        let folder = StagingFolder(url: staging)
        folder.write(OutputFile(path: Self.marker, data: Data(Self.markerText.utf8)))
        try folder.check()
        return folder
    }

    /// What a build leaves beside the output while it runs: `.site.staging-<pid>` and `.site.old-<pid>`.
    var stagingStem: String { ".\(output.lastPathComponent).staging" }
    var oldStem: String { ".\(output.lastPathComponent).old" }

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
                do {
                    try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    // A link costs no copying; across file systems it fails and the file is copied.
                    if !(linkedSources.map { item.source.path.hasPrefix($0.path + "/") } ?? false)
                        || link(item.source.path, target.path) != 0 {
                        try fileManager.copyItem(at: item.source, to: target)
                    }
                } catch {
                    throw FileFailure(.write, target.path, error: error)
                }
            }
            folder.write(OutputFile(path: "README.md", data: Data(Self.readme.utf8)))
            try folder.check()
            try finish(folder.url)
            try swap(folder.url)
        } catch {
            folder.discard()
            throw error
        }
    }

    /// Renames: old output aside, staging in, old output removed. An output folder that cannot
    /// be renamed (a mount point: EBUSY, or EXDEV) keeps its place and gets its contents replaced.
    private func swap(_ staging: URL) throws {
        let fileManager = FileManager.default
        let old = output.deletingLastPathComponent().appendingPathComponent(LeftoverSweeper.name(oldStem))
        if fileManager.fileExists(atPath: output.path) {
            try? fileManager.removeItem(at: old)
            do {
                try rename(output, old)
            } catch let failure as FileFailure where failure.code == EBUSY || failure.code == EXDEV {
                try replaceContents(with: staging)
                return
            }
        }
        do {
            try rename(staging, output)
        } catch {
            if fileManager.fileExists(atPath: old.path) { try? rename(old, output) }
            throw error
        }
        try? fileManager.removeItem(at: old)
    }

    /// rename(2), with its errno kept.
    public static func systemRename(_ from: URL, _ to: URL) throws {
        if Foundation.rename(from.path, to.path) != 0 { throw FileFailure(.move, from.path, errno: errno) }
    }
}
