/// Where one slide lies in its file, as found by `TreeWalker` (file lines).
struct SlideBounds {
    /// The line just after the break that opens the slide.
    var startLine: Int
    /// The line of the slide's first block, if it has one.
    var firstBlockLine: Int?
    /// The line of the break that closes the slide; nil for the last one.
    var endLine: Int?

    init(startLine: Int) { self.startLine = startLine }
}
