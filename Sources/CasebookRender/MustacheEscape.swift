/// HTML escaping exactly as swift-mustache does it (`&`, `<`, `>`, `"`, `'`, one Character at a
/// time), but over UTF-8 bytes. The two could only differ where one of those characters is part
/// of a longer Character (a combining mark after it, a prepended mark before it), which needs a
/// non-ASCII neighbour; text with such a neighbour takes swift-mustache's Character path.
enum MustacheEscape {
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        let handled = text.withUTF8 { bytes -> Bool in
            var copied = 0
            var index = 0
            var pending: [UInt8] = []
            pending.reserveCapacity(bytes.count + 16)
            while index < bytes.count {
                let byte = bytes[index]
                let replacement: StaticString?
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: replacement = nil
                }
                if let replacement {
                    if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return false }
                    if index > 0, bytes[index - 1] >= 0x80 { return false }
                    pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    replacement.withUTF8Buffer { pending.append(contentsOf: $0) }
                    copied = index + 1
                }
                index += 1
            }
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            output.append(contentsOf: pending)
            return true
        }
        if !handled { output.append(contentsOf: characterwise(text).utf8) }
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
