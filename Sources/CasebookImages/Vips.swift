internal import CVipsShim
import Foundation

/// The one file that calls libvips (through the C wrappers in CVipsShim).
enum Vips {
    /// libvips starts once per process; nil when it did not.
    private static let started: Bool = cb_vips_start() == 0

    /// The header of the image at `path`; no pixel is decoded.
    static func header(_ path: String) throws(ImageFailure) -> ImageHeader {
        try start()
        var header = cb_vips_header()
        guard cb_vips_read_header(path, &header) == 0 else { throw failure() }
        let loader = withUnsafeBytes(of: header.loader) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        return ImageHeader(storedWidth: Int(header.width), storedHeight: Int(header.height),
                           orientation: Int(header.orientation), hasAlpha: header.has_alpha != 0, loader: loader)
    }

    /// The image at `path` upright and in sRGB, made each of `widths` pixels wide (never wider
    /// than it is; largest first), each encoded in each of `formats` with no metadata. The file
    /// is decoded once, at the largest width (JPEG and WebP shrink while decoding).
    static func encode(_ path: String, widths: [Int], formats: [[(format: ImageFormat, settings: EncoderSettings)]])
        throws(ImageFailure) -> [[Data]] {
        try start()
        guard let largest = widths.first, let base = cb_vips_thumbnail(path, Int32(largest)) else { throw failure() }
        defer { cb_vips_release(base) }
        var results: [[Data]] = []
        // Each width is made from the one before it: the smaller the source, the cheaper.
        var previous = base
        defer { if previous != base { cb_vips_release(previous) } }
        for (width, wanted) in zip(widths, formats) {
            if width != largest {
                guard let resized = cb_vips_resize(previous, Int32(width)) else { throw failure() }
                if previous != base { cb_vips_release(previous) }
                previous = resized
            }
            let image = previous
            var encoded: [Data] = []
            for (format, settings) in wanted {
                var data: UnsafeMutableRawPointer?
                var length = 0
                guard cb_vips_encode(image, code(format), Int32(settings.quality), Int32(settings.effort), &data, &length) == 0, let data else {
                    throw failure()
                }
                let bytes = Data(bytes: data, count: length)
                encoded.append(format == .webp ? WebPMetadata.stripped(bytes) : bytes)
                cb_vips_free(data)
            }
            results.append(encoded)
        }
        return results
    }

    private static func start() throws(ImageFailure) {
        guard started else { throw ImageFailure("libvips could not start: \(failure().message)") }
    }

    private static func code(_ format: ImageFormat) -> Int32 {
        switch format {
        case .jpeg: return Int32(CB_VIPS_JPEG)
        case .webp: return Int32(CB_VIPS_WEBP)
        case .png: return Int32(CB_VIPS_PNG)
        }
    }

    /// libvips' message, tidied: its lines joined, the loader's name kept as it says it.
    private static func failure() -> ImageFailure {
        let pointer = cb_vips_take_error()
        defer { cb_vips_free(pointer) }
        let text = pointer.map { String(cString: $0) } ?? ""
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        return ImageFailure(lines.isEmpty ? "libvips gave no reason" : lines.joined(separator: "; "))
    }
}
