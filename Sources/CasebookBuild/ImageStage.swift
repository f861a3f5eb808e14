import CasebookImages
import CasebookModel
import CasebookSupport
import Foundation

/// The image stage: every raster image under content/media/ is published as copies at a few
/// widths, upright, in sRGB and with no metadata (no GPS position, camera serial, XMP, IPTC or
/// comment reaches a reader), plus a print copy for the book; never the original. Headers are
/// read before pages are rendered, so problems are reported where an image is used and pages
/// can name every copy's size; the copies are made (or found in the cache) after rendering,
/// for the images the pages use.
struct ImageStage: Sendable {
    /// Extensions of the images libvips reads and re-encodes; other media are copied as they are.
    static let rasterExtensions: Set<String> = ["jpg", "jpeg", "jpe", "png", "webp", "heic", "heif", "avif", "tif", "tiff"]
    /// Beyond this an image is refused: a small file can claim a huge size (a decompression bomb).
    static let refusedPixels = 100_000_000
    /// Beyond this a warning: the build spends long on it and no reader needs it.
    static let warnedPixels = 20_000_000

    let root: URL
    let cache: ImageCache
    /// What each readable raster image is published as, by path under content/media/.
    private(set) var plans: [String: ImagePlan] = [:]
    /// Where `make()` put each image's copies, or why it could not.
    private(set) var made: [String: Result<URL, ImageFailure>] = [:]
    /// Unreadable, refused or very large images, by path under content/media/.
    private(set) var problems: [String: MediaProblem] = [:]

    /// Reads the header of every raster image in `mediaFiles` (paths under content/media/).
    init(root: URL, mediaFiles: Set<String>) {
        self.root = root
        cache = ImageCache(folder: Self.cacheFolder(root: root))
        let images = mediaFiles.filter(Self.isRaster).sorted()
        let headers = Concurrently.map(images.count) { index -> Result<ImageHeader, ImageFailure> in
            Result { () throws(ImageFailure) in try cache.header(of: source(images[index])) }
        }
        for (path, header) in zip(images, headers) {
            let name: Message = "image 'content/media/\(path)'"
            switch header {
            case .failure(let failure):
                problems[path] = MediaProblem("\(name) cannot be read: \(failure.message)", isError: true)
            case .success(let header):
                let pixels = header.storedWidth * header.storedHeight
                let size: Message = "\(header.width)×\(header.height) pixels (\(Int(header.megapixels.rounded())) megapixels)"
                if pixels > Self.refusedPixels {
                    problems[path] = MediaProblem("\(name) is \(size); images over \(Self.refusedPixels / 1_000_000) megapixels are refused, save it smaller", isError: true)
                    continue
                }
                if pixels > Self.warnedPixels {
                    problems[path] = MediaProblem("\(name) is \(size); over \(Self.warnedPixels / 1_000_000) megapixels only slows the build, save it smaller", isError: false)
                }
                plans[path] = cache.recipe.plan(for: header)
            }
        }
        cache.save()
        for path in mediaFiles.filter(Self.isSVG).sorted() {
            guard let data = FileManager.default.contents(atPath: source(path).path),
                  let refusal = SVGInspector.refusal(of: data) else { continue }
            problems[path] = MediaProblem(Self.message(refusal, path: path), isError: true)
        }
    }

    static func isSVG(_ path: String) -> Bool { path.lowercased().hasSuffix(".svg") }

    /// Where the copies are kept between builds.
    static func cacheFolder(root: URL) -> URL { root.appendingPathComponent(".casebook-cache/images") }

    static func isRaster(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return rasterExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    func source(_ path: String) -> URL { root.appendingPathComponent("content/media").appendingPathComponent(path) }

    /// The markup that points pages at the copies.
    var markup: ImageMarkup { ImageMarkup(plans: plans) }

    /// Problems of images named in front matter (`image:`), at the field.
    func diagnose(_ site: Site) -> Diagnostics {
        var diagnostics = Diagnostics()
        for item in site.cases {
            guard let image = item.image, case .success(let path) = MediaPath.resolve(image), let problem = problems[path] else { continue }
            if problem.isError {
                diagnostics.error(item.fieldLocations["image"], problem.message)
            } else {
                diagnostics.warning(item.fieldLocations["image"], problem.message)
            }
        }
        return diagnostics
    }

    /// Makes the copies of every readable raster image (or finds them in the cache), on all
    /// cores, before pages are rendered: only then is it known at which widths the modern
    /// format was worth keeping, which the pages' markup names.
    mutating func make() {
        let images = plans.keys.sorted()
        let results = Concurrently.map(images.count) { index -> Result<URL, ImageFailure> in
            Result { () throws(ImageFailure) in try cache.variants(of: source(images[index]), plan: plans[images[index]]!) }
        }
        cache.save()
        cache.removeOtherRecipes()
        for (path, result) in zip(images, results) {
            made[path] = result
            if case .success(let folder) = result {
                plans[path] = plans[path]!.keeping { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0.name).path) }
            }
        }
    }

    /// The files to publish for the media the pages use: each raster image's copies (made by
    /// `make()`) and every other file as it is.
    func files(for used: Set<String>) -> (files: [(path: String, source: URL)], diagnostics: Diagnostics) {
        var files: [(path: String, source: URL)] = []
        var diagnostics = Diagnostics()
        for path in used.sorted() {
            guard let plan = plans[path] else {
                files.append((path: "media/\(path)", source: source(path)))
                continue
            }
            switch made[path] ?? Result(catching: { () throws(ImageFailure) in try cache.variants(of: source(path), plan: plan) }) {
            case .success(let folder):
                for variant in plan.variants {
                    files.append((path: "media/\(path).\(variant.name)", source: folder.appendingPathComponent(variant.name)))
                }
            case .failure(let failure):
                diagnostics.error(SourceLocation(file: "content/media/\(path)"), "image cannot be read: \(failure.message)")
            }
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }
}
