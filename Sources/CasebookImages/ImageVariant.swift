/// One published file of an image: a width, a format, and whether it is the print copy.
public struct ImageVariant: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var format: ImageFormat
    public var isPrint: Bool

    public init(width: Int, height: Int, format: ImageFormat, isPrint: Bool = false) {
        self.width = width
        self.height = height
        self.format = format
        self.isPrint = isPrint
    }

    /// The file's name in the cache, and what follows the original's name in the site:
    /// `480w.webp`, `print.jpg`.
    public var name: String { isPrint ? "print.\(format.fileExtension)" : "\(width)w.\(format.fileExtension)" }
}
