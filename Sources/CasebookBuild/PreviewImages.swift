import CasebookModel
import CasebookRender
import Foundation

/// The image stage for `serve`: the same copies and the same `<picture>` markup as `build`
/// (made once, then found in the cache), so the preview never serves an original with its GPS
/// position and camera serial.
public struct PreviewImages: Sendable {
    private let stage: ImageStage

    /// Makes (or finds in the cache) the copies of every raster image in `mediaFiles`.
    public init(root: URL, mediaFiles: Set<String>) {
        var stage = ImageStage(root: root, mediaFiles: mediaFiles)
        stage.make()
        self.stage = stage
    }

    /// `file` with its image tags pointed at the copies, as `build` writes it.
    public func rewrite(_ file: OutputFile) -> OutputFile { stage.markup.file(file) }

    /// Where each published media path (`media/x.jpg.480w.webp`, `media/plan.pdf`) of the
    /// media the pages use is read from.
    public func media(for used: Set<String>) -> [String: URL] {
        Dictionary(stage.files(for: used).files.map { ($0.path, $0.source) }, uniquingKeysWith: { first, _ in first })
    }
}
