/// Finds the characters YAML may not hold in casebook: control characters (C0 but tab and LF,
/// DEL, C1), which libyaml rejects without saying where, and U+0085, U+2028, U+2029, which it
/// reads as line breaks that no editor shows, so that every later line number would be wrong;
/// also a byte-order mark inside the text and the non-characters U+FFFE and U+FFFF.
enum YAMLForbiddenCharacters {
    struct Found: Equatable {
        var line: Int
        /// 1-based, in Unicode scalars (as libyaml counts).
        var column: Int
        var name: String
    }

    /// The first forbidden character of each line that has one.
    static func find(in text: String) -> [Found] {
        // Nearly every text has none: one pass over the bytes before any scalar is decoded.
        var text = text
        let any = text.withUTF8 { bytes in (0..<bytes.count).contains { startsOne(at: $0, in: bytes) } }
        guard any else { return [] }
        var found: [Found] = []
        var line = 1
        var column = 1
        var reportedLine = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if reportedLine != line, let name = name(of: scalar) {
                found.append(Found(line: line, column: column, name: name))
                reportedLine = line
            }
            column += 1
        }
        return found
    }

    /// Whether one of the characters starts at byte `offset` of UTF-8 text (tab and LF are
    /// allowed: tabs in indentation have a check of their own).
    static func startsOne(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes[offset] {
        case 0x09, 0x0A: return false
        case 0x00..<0x20, 0x7F: return true
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] < 0xA0
        case 0xE2: return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9)
        case 0xEF:
            return offset + 2 < bytes.count && ((bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF)
                || (bytes[offset + 1] == 0xBF && bytes[offset + 2] >= 0xBE))
        default: return false
        }
    }

    private static func name(of scalar: Unicode.Scalar) -> String? {
        var hex = String(scalar.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        let code = "U+" + hex
        switch scalar.value {
        case 0x00: return "NUL character \(code)"
        case 0x09: return nil
        case 0x01...0x1F, 0x7F...0x84, 0x86...0x9F: return "control character \(code)"
        case 0x85: return "next-line character \(code)"
        case 0x2028: return "line separator \(code)"
        case 0x2029: return "paragraph separator \(code)"
        case 0xFEFF: return "byte-order mark \(code)"
        case 0xFFFE, 0xFFFF: return "non-character \(code)"
        default: return nil
        }
    }
}
