/// The formats images are published in.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case jpeg, webp, png

    /// The file name extension.
    public var fileExtension: String {
        switch self {
        case .jpeg: return "jpg"
        case .webp: return "webp"
        case .png: return "png"
        }
    }

    /// The MIME type, for `<source type>`.
    public var mimeType: String { "image/\(rawValue)" }
}
