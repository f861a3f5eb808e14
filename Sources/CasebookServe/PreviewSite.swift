import Foundation
import CasebookBuild
import CasebookModel
import CasebookRender

/// The site the preview serves: the last good build, held in memory, and the problems of the
/// latest build (shown as an overlay in the browser while the last good site stays up). Open
/// pages subscribe to its state and are told of every change at once.
public actor PreviewSite {
    public private(set) var files: [String: Data] = [:]
    public private(set) var media: [String: URL] = [:]
    /// Bumped on every rebuild, so open pages know when to reload.
    public private(set) var version = 0
    public private(set) var problems: [String] = []
    /// Names this run of the server: a page that reconnects after a restart reloads.
    public nonisolated let instance = UUID().uuidString
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    /// The language of the problems and of the overlay's heading.
    public nonisolated let language: MessageLanguage

    public init(language: MessageLanguage = .english) {
        self.language = language
    }

    /// Takes the result of a build: new files when it succeeded, the problems either way.
    /// With `images`, pages point at the processed copies of photos, which are served instead
    /// of the originals (as `build` publishes them).
    public func update(output: WebsiteOutput?, diagnostics: Diagnostics, mediaRoot: URL, images: PreviewImages? = nil) {
        if let output {
            let pages = images.map { images in output.files.map(images.rewrite) } ?? output.files
            files = Dictionary(pages.map { ($0.path, $0.data) }, uniquingKeysWith: { _, last in last })
            media = images?.media(for: output.media)
                ?? Dictionary(uniqueKeysWithValues: output.media.map { ("media/\($0)", mediaRoot.appendingPathComponent($0)) })
        }
        problems = diagnostics.sorted.filter { $0.severity == .error }.map { $0.rendered(in: language) }
        version += 1
        broadcast()
    }

    /// Takes part of a build: files that replace their earlier versions, media the pages use,
    /// the problems of the whole site now. `reload` tells open pages to reload.
    public func patch(files changed: [OutputFile], media used: Set<String>, mediaRoot: URL, diagnostics: Diagnostics,
                      reload: Bool, images: PreviewImages? = nil) {
        for file in changed { files[file.path] = (images?.rewrite(file) ?? file).data }
        if let images {
            media.merge(images.media(for: used)) { _, new in new }
        } else {
            for path in used { media["media/\(path)"] = mediaRoot.appendingPathComponent(path) }
        }
        let before = problems
        problems = diagnostics.sorted.filter { $0.severity == .error }.map { $0.rendered(in: language) }
        if reload { version += 1 }
        if reload || problems != before { broadcast() }
    }

    /// The bytes of an output path (`ru/index.html`), from memory or from content/media/.
    public func data(at path: String) -> Data? {
        if let data = files[path] { return data }
        if let url = media[path] { return FileManager.default.contents(atPath: url.path) }
        return nil
    }

    public func status() -> (version: Int, problems: [String]) { (version, problems) }

    /// `{"problems":[…],"server":"…","version":n}`: what a page needs to decide to reload.
    public func statusJSON() -> String {
        let object: [String: Any] = ["server": instance, "version": version, "problems": problems]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The state now, then after every change, until the stream is dropped.
    public func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(1))
        continuation.yield(statusJSON())
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        subscribers[id] = continuation
        return stream
    }

    var subscriberCount: Int { subscribers.count }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }

    private func broadcast() {
        let text = statusJSON()
        for continuation in subscribers.values { continuation.yield(text) }
    }
}
