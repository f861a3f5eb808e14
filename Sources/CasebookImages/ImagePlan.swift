/// The files one image is published as, known from its header before anything is encoded,
/// so that pages can be written while the images are made.
public struct ImagePlan: Sendable, Equatable {
    /// Web copies, widest first: for each width the fallback format, then the modern one.
    public var web: [ImageVariant]
    /// The copy for the printable book and its PDF.
    public var print: ImageVariant
    /// JPEG, or PNG for an image with transparency.
    public var fallback: ImageFormat
    /// WebP, which every current browser shows, at about two thirds of a JPEG's size.
    public var modern: ImageFormat

    /// The web copies in `format`, narrowest first (the order of a `srcset`).
    public func web(_ format: ImageFormat) -> [ImageVariant] {
        web.filter { $0.format == format }.sorted { $0.width < $1.width }
    }

    /// The widest fallback copy: the `src` of the page's `<img>`.
    public var largest: ImageVariant { web.first { $0.format == fallback }! }

    /// The plan without the modern copies that `exists` says were not kept (the cache keeps
    /// one only where it is clearly smaller than the fallback).
    public func keeping(_ exists: (ImageVariant) -> Bool) -> ImagePlan {
        var plan = self
        plan.web = web.filter { $0.format != modern || exists($0) }
        return plan
    }

    /// The `srcset` candidates of the modern `<source>`, narrowest first: at each width the
    /// modern copy, or the fallback where the modern one was not kept; empty when none was.
    public var modernCandidates: [ImageVariant] {
        let modernWidths = Set(web(modern).map(\.width))
        guard !modernWidths.isEmpty else { return [] }
        return web.filter { modernWidths.contains($0.width) ? $0.format == modern : $0.format == fallback }
            .sorted { $0.width < $1.width }
    }

    /// Every file, print copy first.
    public var variants: [ImageVariant] { [print] + web }
}
