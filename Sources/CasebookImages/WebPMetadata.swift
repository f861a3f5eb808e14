import Foundation

/// Removes the metadata chunks (EXIF, XMP, ICC profile) from a WebP file. libvips 8.14's
/// WebP saver ignores "strip" and writes an EXIF block made from the image's header; this
/// drops it from the RIFF container, so no published WebP carries any metadata.
enum WebPMetadata {
    private static let dropped: Set<String> = ["EXIF", "XMP ", "ICCP"]

    /// `data` without its metadata chunks; `data` itself if it is not a WebP file libvips wrote.
    static func stripped(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) else { return data }
        var chunks: [UInt8] = []
        var index = 12
        while index + 8 <= bytes.count {
            let fourCC = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
            let size = Int(bytes[index + 4]) | Int(bytes[index + 5]) << 8 | Int(bytes[index + 6]) << 16 | Int(bytes[index + 7]) << 24
            let end = index + 8 + size + (size & 1)
            guard end <= bytes.count || (end == bytes.count + 1 && size & 1 == 1) else { return data }
            if !dropped.contains(fourCC) {
                var chunk = Array(bytes[index..<min(end, bytes.count)])
                // VP8X's flags say which chunks follow: ICC (0x20), EXIF (0x08), XMP (0x04).
                if fourCC == "VP8X", chunk.count > 8 { chunk[8] &= ~UInt8(0x20 | 0x08 | 0x04) }
                chunks += chunk
            }
            index = end
        }
        let size = UInt32(4 + chunks.count)
        return Data(Array("RIFF".utf8) + withUnsafeBytes(of: size.littleEndian, Array.init) + Array("WEBP".utf8) + chunks)
    }
}
