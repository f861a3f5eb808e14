import Foundation

/// Makes heading ids that keep Cyrillic and Kyrgyz letters (`Как повторить` → `как-повторить`)
/// and are unique within one page.
public struct HeadingSlugger: Sendable {
    private var taken: Set<String>

    /// `reserved` holds ids the page already uses (landmarks, footnotes).
    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// Slugs already made: the same few headings (Problem, Measure, Results…) open every case,
    /// and Unicode normalisation through Foundation is slow. Only speeds up; never changes a slug.
    private static let cache = SlugCache()

    /// The plain slug of `text`, not yet made unique.
    public static func slug(_ text: String) -> String {
        if let known = cache[text] { return known }
        let slug = makeSlug(text)
        cache[text] = slug
        return slug
    }

    private static func makeSlug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else if CharacterSet.whitespaces.contains(scalar) || scalar == "-" || scalar == "_" {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    /// A slug of `text` that this slugger has not handed out before.
    public mutating func uniqueSlug(_ text: String) -> String {
        let base = HeadingSlugger.slug(text)
        var candidate = base
        var counter = 1
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
