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
            for index in bytes.indices {
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
