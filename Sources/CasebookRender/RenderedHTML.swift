/// A template's output kept as bytes, to be placed into another template (a page's content
/// into the layout) without being turned into a String and checked again. `{{{x}}}` writes
/// the bytes as they are; `{{x}}` escapes them like any text.
struct RenderedHTML {
    var bytes: [UInt8]

    /// The bytes as text.
    var renderText: String { String(decoding: bytes, as: UTF8.self) }
}
