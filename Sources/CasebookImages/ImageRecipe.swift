/// How images are published: the widths of the web copies, the print copy and the qualities.
/// Its `version` is part of each cache key, so a changed recipe encodes images again.
public struct ImageRecipe: Sendable, Equatable {
    /// Phones at DPR 1 (480); phones at DPR 2, whose 390-px screen shows a photo 358 CSS px
    /// wide, 716 pixels, and the 640-px text column at DPR 1 (720); phones at DPR 2.6 to 3
    /// (1080: 1,074 pixels at 390 px and DPR 3); the text column at DPR 2 (1600). Chromium
    /// takes the narrowest copy at least as wide as it needs, so with 960 next after 720 a
    /// phone at DPR 3 took the 1600-px copy.
    public var widths = [480, 720, 1080, 1600]
    /// A4's text width in the print theme (168 mm) at 300 dpi.
    public var printWidth = 1984
    /// Qualities of the copies up to `sharpWidth` wide, which a phone at DPR 1 shows pixel for pixel.
    public var jpegQuality = 80
    public var webpQuality = 75
    public var sharpWidth = 480
    /// Qualities of the wider copies, mostly shown on screens of 2 or 3 pixels per CSS pixel,
    /// where an artefact is half the size or less: about 10% smaller files.
    public var denseJPEGQuality = 75
    public var denseWebPQuality = 70
    /// WebP's effort for the copies phones take (up to `thoroughWidth`): 6 against libvips'
    /// default 4 makes them 4–5% smaller for about 0.05 s of CPU a photo; the 1600-px copy,
    /// which no phone takes, would cost 0.1 s more for 3%.
    public var webpEffort = 6
    public var thoroughWidth = 1080
    public var printQuality = 85

    public init() {}

    public var version: String {
        "r3-" + (widths + [printWidth, jpegQuality, webpQuality, sharpWidth, denseJPEGQuality, denseWebPQuality,
                           webpEffort, thoroughWidth, printQuality]).map(String.init).joined(separator: ".")
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

    /// How each copy is written.
    public func settings(of variant: ImageVariant) -> EncoderSettings {
        if variant.isPrint { return EncoderSettings(quality: printQuality) }
        let sharp = variant.width <= sharpWidth
        switch variant.format {
        case .jpeg: return EncoderSettings(quality: sharp ? jpegQuality : denseJPEGQuality)
        case .webp: return EncoderSettings(quality: sharp ? webpQuality : denseWebPQuality,
                                           effort: variant.width <= thoroughWidth ? webpEffort : 4)
        case .png: return EncoderSettings(quality: 100)
        }
    }
}
