import Foundation
import CasebookSupport

/// Turns a file's bytes into text the way the format promises: UTF-8 with or without a
/// byte-order mark, LF or CRLF line endings; anything else is an error with its byte offset.
public enum SourceText {
    public static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.error(SourceLocation(file: file),
                                   "file is UTF-16 at byte offset 0; save it as UTF-8"))
        }
        // Decoding validates in bulk and repairs what is invalid, so valid input comes out byte for
        // byte the same; the scalar-by-scalar scan only runs to locate an error.
        var text = String(decoding: bytes, as: UTF8.self)
        let unchanged = bytes.withUnsafeBytes { raw in
            text.utf8.withContiguousStorageIfAvailable { decoded in
                decoded.count == raw.count && (raw.isEmpty || memcmp(decoded.baseAddress!, raw.baseAddress!, raw.count) == 0)
            } ?? text.utf8.elementsEqual(raw)
        }
        guard unchanged else {
            let offset = (firstInvalidUTF8Offset(bytes) ?? bytes.startIndex) - data.startIndex
            return .failure(.error(SourceLocation(file: file),
                                   "invalid UTF-8 at byte offset \(offset); save the file as UTF-8"))
        }
        if text.containsLiteral("\r") {
            for (index, byte) in zip(bytes.indices, bytes) where byte == UInt8(ascii: "\r") {
                let next = bytes.index(after: index)
                if next == bytes.endIndex || bytes[next] != UInt8(ascii: "\n") {
                    return .failure(.error(SourceLocation(file: file),
                                           "carriage return without line feed at byte offset \(index - data.startIndex); use LF or CRLF line endings"))
                }
            }
            text = text.replacingLiteral("\r\n", with: "\n")
        }
        return .success(text)
    }

    /// Index (in the file's data, BOM included) of the first byte that is not UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: Data.SubSequence) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = bytes.startIndex
        var scalarStart = offset
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                scalarStart = offset
            case .emptyInput:
                return nil
            case .error:
                return scalarStart
            }
        }
    }
}
