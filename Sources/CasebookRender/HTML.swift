/// HTML escaping for text and attribute values.
enum HTML {
    /// Opens a box that scrolls a wide table sideways and can be focused to scroll by keyboard.
    static func scrollableTableStart(label: String, attributes: String = "") -> String {
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(escape(label))\"><table\(attributes)>"
    }

    /// `&`, `<`, `>` and `"` as character references, byte by byte (each is one byte in UTF-8
    /// and never part of another character's encoding); text without them is returned as it is.
    static func escape(_ text: String) -> String {
        var source = text
        return source.withUTF8 { bytes -> String in
            guard let first = bytes.firstIndex(where: needsEscape) else { return text }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
    }
}
