import CasebookImages
import CasebookRender
import CasebookSupport
import Foundation

/// Points a rendered page's `<img>` and `<a>` tags at the published copies of raster images,
/// whatever wrote the tag (a body, a template, a deck): a `<picture>` with a WebP `srcset`, a
/// JPEG (or PNG) `srcset` fallback, `width`/`height`, and `loading="lazy"` after the page's
/// first image; phones are offered the smaller copies only (`phoneMedia`). The printable book
/// gets the print copy instead. Other tags are left as written.
struct ImageMarkup: Sendable {
    /// What each raster image is published as, by path under content/media/.
    let plans: [String: ImagePlan]

    /// The page with its image tags rewritten; nil when nothing changes.
    func rewrite(_ data: Data, page: String) -> Data? {
        guard !plans.isEmpty else { return nil }
        let bytes = [UInt8](data)
        guard bytes.withUnsafeBufferPointer({ UTF8Search.first("media/", in: $0, from: 0) }) != nil else { return nil }
        let isPrint = page.hasSuffix("/print/index.html")
        let sizes = Self.sizes(page: page)
        let capsPhones = sizes != Self.deckSizes
        let folders = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        var output: [UInt8] = []
        var copied = 0
        var images = 0
        var position = 0
        while let open = bytes[position...].firstIndex(of: UInt8(ascii: "<")) {
            position = open + 1
            guard let tag = HTMLStartTag(bytes, at: open) else { continue }
            position = tag.end
            let linkAttribute = tag.name == "img" ? "src" : "href"
            guard tag.name == "img" || tag.name == "a", let value = tag.attribute(linkAttribute),
                  let (media, suffix) = Self.mediaPath(value, folders: folders), let plan = plans[media] else { continue }
            output += bytes[copied..<open]
            copied = tag.end
            let url = { (variant: ImageVariant) in
                RelativeURL.from(page, to: "media/\(media).\(variant.name)").percentEncodedPath
            }
            if tag.name == "a" {
                output += tag.replacing([("href", url(isPrint ? plan.print : plan.largest) + suffix)])
                continue
            }
            images += 1
            if isPrint {
                // No width and height: the print style caps an image's height, which with fixed
                // attributes would squash it.
                output += tag.replacing([("src", url(plan.print))], removing: ["srcset", "sizes", "width", "height", "loading"])
                continue
            }
            let srcset = { (variants: [ImageVariant]) in variants.map { "\(url($0)) \($0.width)w" }.joined(separator: ", ") }
            let largest = plan.largest
            var attributes = [("src", url(largest)), ("srcset", srcset(plan.web(plan.fallback))), ("sizes", sizes),
                              ("width", String(largest.width)), ("height", String(largest.height))]
            if images > 1 { attributes.append(("loading", "lazy")) }
            let modern = plan.modernCandidates
            // On a phone, the copies up to `phoneWidth` (none when that leaves them all).
            let phone = { (variants: [ImageVariant], type: String) -> String in
                let small = variants.filter { $0.width <= Self.phoneWidth }
                guard capsPhones, !small.isEmpty, small.count < variants.count else { return "" }
                return "<source media=\"\(Self.phoneMedia)\" type=\"\(type)\" srcset=\"\(srcset(small))\" sizes=\"\(sizes)\">"
            }
            // Phones without WebP are too few to be worth a source of their own where there is one.
            let sources = modern.isEmpty ? phone(plan.web(plan.fallback), plan.fallback.mimeType)
                : phone(modern, plan.modern.mimeType)
                    + "<source type=\"\(plan.modern.mimeType)\" srcset=\"\(srcset(modern))\" sizes=\"\(sizes)\">"
            if sources.isEmpty {
                output += tag.replacing(attributes, removing: ["loading"])
                continue
            }
            output += Array("<picture>\(sources)".utf8)
            output += tag.replacing(attributes, removing: ["loading"])
            output += Array("</picture>".utf8)
        }
        guard copied > 0 else { return nil }
        output += bytes[copied...]
        return Data(output)
    }

    /// The path under content/media/ that a URL on a page in `folders` points to, and the
    /// query or fragment after it; nil for anything else (another site, a page).
    static func mediaPath(_ value: String, folders: [String]) -> (path: String, suffix: String)? {
        var url = value
        var suffix = ""
        if let cut = url.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(url[cut...])
            url = String(url[..<cut])
        }
        guard !url.contains(":"), !url.hasPrefix("/"), let decoded = url.removingPercentEncoding else { return nil }
        var parts = folders
        for part in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(String(part))
            }
        }
        guard parts.count > 1, parts[0] == "media" else { return nil }
        return (parts.dropFirst().joined(separator: "/"), suffix)
    }
}
