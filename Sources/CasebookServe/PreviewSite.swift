import Foundation
import CasebookBuild
import CasebookModel
import CasebookRender

/// The site the preview serves: the last good build, held in memory, and the problems of the
/// latest build (shown as an overlay in the browser while the last good site stays up).
public actor PreviewSite {
    public private(set) var files: [String: Data] = [:]
    public private(set) var media: [String: URL] = [:]
    /// Bumped on every rebuild, so open pages know when to reload.
    public private(set) var version = 0
    public private(set) var problems: [String] = []

    public init() {}

    /// Takes the result of a build: new files when it succeeded, the problems either way.
    public func update(output: WebsiteOutput?, diagnostics: Diagnostics, mediaRoot: URL) {
        if let output {
            files = Dictionary(output.files.map { ($0.path, $0.data) }, uniquingKeysWith: { _, last in last })
            media = Dictionary(uniqueKeysWithValues: output.media.map { ("media/\($0)", mediaRoot.appendingPathComponent($0)) })
        }
        problems = diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        version += 1
    }

    /// Takes part of a build: files that replace their earlier versions, media the pages use,
    /// the problems of the whole site now. `reload` tells open pages to reload.
    public func patch(files changed: [OutputFile], media used: Set<String>, mediaRoot: URL, diagnostics: Diagnostics,
                      reload: Bool) {
        for file in changed { files[file.path] = file.data }
        for path in used { media["media/\(path)"] = mediaRoot.appendingPathComponent(path) }
        problems = diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
        if reload { version += 1 }
    }

    /// The bytes of an output path (`ru/index.html`), from memory or from content/media/.
    public func data(at path: String) -> Data? {
        if let data = files[path] { return data }
        if let url = media[path] { return FileManager.default.contents(atPath: url.path) }
        return nil
    }

    public func status() -> (version: Int, problems: [String]) { (version, problems) }
}
