/// How images are published: the widths of the web copies, the print copy and the qualities.
/// Its `version` is part of each cache key, so a changed recipe encodes images again.
public struct ImageRecipe: Sendable, Equatable {
    /// Phone screens (480), tablets and phones at 2× (960), wide screens (1600).
    public var widths = [480, 960, 1600]
    /// A4's text width in the print theme (168 mm) at 300 dpi.
    public var printWidth = 1984
    public var jpegQuality = 80
    public var webpQuality = 75
    public var printQuality = 85

    public init() {}

    public var version: String {
        "r2-" + (widths + [printWidth, jpegQuality, webpQuality, printQuality]).map(String.init).joined(separator: ".")
    }

    /// The copies of an image of this header: each recipe width below the image's own, and
    /// the image's width capped at the widest; never enlarged.
    public func plan(for header: ImageHeader) -> ImagePlan {
        let width = max(header.width, 1)
        let largest = min(width, widths.max() ?? width)
        let webWidths = Set(widths.filter { $0 < largest } + [largest]).sorted(by: >)
        let fallback: ImageFormat = header.hasAlpha ? .png : .jpeg
        let height = { (target: Int) in max(1, Int((Double(header.height) * Double(target) / Double(width)).rounded())) }
        let web = webWidths.flatMap { target in
            [ImageVariant(width: target, height: height(target), format: fallback),
             ImageVariant(width: target, height: height(target), format: .webp)]
        }
        let printed = min(width, printWidth)
        return ImagePlan(web: web, print: ImageVariant(width: printed, height: height(printed), format: fallback, isPrint: true),
                         fallback: fallback, modern: .webp)
    }

    /// Whether a modern copy of `modern` bytes is worth offering beside a fallback of
    /// `fallback` bytes: only when at least 10% smaller, or the browser downloads about as
    /// much for a format some readers' browsers do not know.
    public func keepsModern(_ modern: Int, fallback: Int) -> Bool { modern * 10 <= fallback * 9 }

    /// The quality each format is written at.
    func quality(of variant: ImageVariant) -> Int {
        if variant.isPrint { return printQuality }
        switch variant.format {
        case .jpeg: return jpegQuality
        case .webp: return webpQuality
        case .png: return 100
        }
    }
}
