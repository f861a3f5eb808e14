internal import Mustache

/// A template's output kept as bytes, to be placed into another template (a page's content
/// into the layout) without being turned into a String and checked again.
struct RenderedHTML: MustacheCustomRenderable {
    var bytes: [UInt8]

    /// What swift-mustache writes for it, when it renders the page.
    var renderText: String { String(decoding: bytes, as: UTF8.self) }
    var isNull: Bool { false }
}
