import Foundation
import CasebookModel

/// `casebook bundle`: the built site as one zip (for a USB stick or a messenger) plus a
/// `.sha256` file that `sha256sum -c` understands. The zip holds one folder, so unpacking
/// it anywhere gives a site that opens from disk at `<folder>/index.html`.
///
/// The zip is written a file at a time into `.<name>.partial-<pid>` beside it and renamed into
/// place when complete, so a failed or killed run never leaves a half zip under the real name.
public struct SiteBundler {
    /// The casebook folder (its content/ and themes/ are the site's sources).
    public var root: URL
    public var site: URL
    public var date: String?

    /// What `bundle(to:)` made.
    public struct Result: Sendable {
        public var checksum: String
        /// Files of the site packed (the marker entry not counted).
        public var files: Int
        /// PDFs the pages link to that the site does not have.
        public var missingPDFs: [MissingPDF]
    }

    public init(root: URL, site: URL, date: String?) {
        self.root = root.standardizedFileURL
        self.site = site.standardizedFileURL
        self.date = date
    }

    /// Why the site cannot be bundled as it is: not built, or older than its sources.
    public func staleness() -> Message? {
        guard FileManager.default.fileExists(atPath: site.appendingPathComponent(StagedWriter.marker).path) else {
            return "\(site.path) is not a built site (no \(StagedWriter.marker)); run casebook build first"
        }
        guard let source = SiteFreshness(root: root, site: site).newerSource() else { return nil }
        let path = source.path
        let what: Message = path.hasSuffix("/") ? "\(path) changed (a file in it was added, removed or renamed)" : "\(path) changed"
        let clock: Message = source.inFuture ? " (its time is ahead of this computer's clock: correct the clock, or `touch` it)" : ""
        return "\(site.path) is older than its sources: \(what) after the last build\(clock); run casebook build first, or casebook bundle --build"
    }

    /// Why the zip may not be written at `zip`, if it may not.
    public func refusal(for zip: URL) -> Message? {
        BundleTarget(zip: zip.standardizedFileURL, root: root, site: site).refusal()
    }

    /// Writes `zip` and `zip.sha256`, after the checks of `staleness()` and `refusal(for:)`.
    public func bundle(to zip: URL) throws -> Result {
        let zip = zip.standardizedFileURL
        if let problem = staleness() ?? refusal(for: zip) { throw Problem(problem) }
        let paths = try sitePaths()
        let folder = zip.deletingPathExtension().lastPathComponent
        let parent = zip.deletingLastPathComponent()
        let partialStem = ".\(zip.lastPathComponent).partial"
        LeftoverSweeper.sweep(in: parent, stems: [partialStem])
        let partial = parent.appendingPathComponent(LeftoverSweeper.name(partialStem))
        try? FileManager.default.removeItem(at: partial)
        var finder = PDFLinkFinder()
        do {
            let writer = try ZipWriter(creating: partial, date: date)
            try writer.add(path: BundleTarget.markerEntry(folder: folder), from: site.appendingPathComponent(StagedWriter.marker))
            for path in paths {
                let isPage = path.hasSuffix(".html")
                if isPage { finder.start(page: path) }
                try writer.add(path: "\(folder)/\(path)", from: site.appendingPathComponent(path)) { chunk in
                    if isPage { finder.feed(chunk) }
                }
            }
            try StagedWriter.systemRename(partial, zip)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            guard var failure = error as? FileFailure else { throw FileFailure(.write, zip.path, error: error) }
            // The half-written file is gone; the person asked for the zip.
            if failure.path == partial.path { failure.path = zip.path }
            throw failure
        }
        let checksum = try Checksum.sha256(of: zip)
        try writeChecksum("\(checksum)  \(zip.lastPathComponent)\n", to: zip.appendingPathExtension("sha256"))
        let present = Set(paths)
        let missing = finder.links.filter { !present.contains($0.key) }.sorted { $0.key < $1.key }
            .map { MissingPDF(pdf: $0.key, pages: $0.value.sorted()) }
        return Result(checksum: checksum, files: paths.count, missingPDFs: missing)
    }

    /// Every file of the site but the marker and the PDF ledger, sorted; a site holds no links or special files.
    private func sitePaths() throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: site.path) else {
            throw FileFailure(.read, site.path, errno: ENOENT)
        }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var info = stat()
            guard lstat(site.appendingPathComponent(path).path, &info) == 0 else {
                throw FileFailure(.read, site.appendingPathComponent(path).path, errno: errno)
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: continue
            case S_IFREG: if path != StagedWriter.marker && path != PDFLedger.file { paths.append(path) }
            default: throw Problem("\(site.appendingPathComponent(path).path) is not a regular file (a link?); a bundle holds regular files only")
            }
        }
        return paths.sorted()
    }

    private func writeChecksum(_ line: String, to url: URL) throws {
        do {
            try Data(line.utf8).write(to: url, options: .atomic)
        } catch {
            throw FileFailure(.write, url.path, error: error)
        }
    }
}
