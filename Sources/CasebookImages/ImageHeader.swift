/// What an image file's header says: its size and whether it has transparency.
public struct ImageHeader: Sendable, Equatable {
    /// Pixels as stored; a phone photo taken upright is often stored on its side.
    public var storedWidth: Int
    public var storedHeight: Int
    /// The EXIF orientation, 1...8; 5...8 turn the image a quarter.
    public var orientation: Int
    public var hasAlpha: Bool
    /// libvips' loader (`jpegload`, `pngload`, `heifload`, …).
    public var loader: String

    public init(storedWidth: Int, storedHeight: Int, orientation: Int = 1, hasAlpha: Bool = false, loader: String = "") {
        self.storedWidth = storedWidth
        self.storedHeight = storedHeight
        self.orientation = orientation
        self.hasAlpha = hasAlpha
        self.loader = loader
    }

    /// The width as shown, after the orientation is applied.
    public var width: Int { (5...8).contains(orientation) ? storedHeight : storedWidth }
    public var height: Int { (5...8).contains(orientation) ? storedWidth : storedHeight }
    public var megapixels: Double { Double(storedWidth) * Double(storedHeight) / 1_000_000 }

    /// Reads the header of the image at `path`.
    public static func read(_ path: String) throws(ImageFailure) -> ImageHeader { try Vips.header(path) }
}
