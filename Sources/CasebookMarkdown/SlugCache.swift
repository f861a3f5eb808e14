import Foundation

/// Heading text → slug, shared by every thread that renders bodies.
final class SlugCache: @unchecked Sendable {
    private let lock = NSLock()
    private var slugs: [String: String] = [:]

    subscript(text: String) -> String? {
        get { lock.withLock { slugs[text] } }
        set { lock.withLock { slugs[text] = newValue } }
    }
}
