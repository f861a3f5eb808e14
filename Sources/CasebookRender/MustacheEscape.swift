/// HTML escaping exactly as swift-mustache does it (`&`, `<`, `>`, `"`, `'`, one Character at a
/// time), but over UTF-8 bytes. The two could only differ where one of those characters is part
/// of a longer Character (a combining mark after it, a prepended mark before it), which needs a
/// non-ASCII neighbour; text with such a neighbour takes swift-mustache's Character path.
enum MustacheEscape {
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        let start = output.count
        let handled = text.withUTF8 { bytes -> Bool in
            var copied = 0
            var index = 0
            let count = bytes.count
            let raw = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                // Eight bytes at a time while none needs escaping.
                if index + 8 <= count, let raw, !needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                defer { index += 1 }
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return false }
                if index > 0, bytes[index - 1] >= 0x80 { return false }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                copied = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return true
        }
        if !handled {
            output.removeSubrange(start...)
            output.append(contentsOf: characterwise(text).utf8)
        }
    }

    /// Whether any byte of `word` is one of `&<>"'` (a byte equal to zero after xor).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return hasZero(word ^ (ones &* 0x26)) || hasZero(word ^ (ones &* 0x3C)) || hasZero(word ^ (ones &* 0x3E))
            || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x27))
    }

    /// swift-mustache's `htmlEscape()`.
    private static func characterwise(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
