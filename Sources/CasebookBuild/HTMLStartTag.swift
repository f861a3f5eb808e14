/// A start tag read from a rendered page (`<img src="…" alt="…">`): its name and attributes as
/// written, so it can be written again with some attributes changed and the rest untouched.
struct HTMLStartTag {
    /// Lowercased.
    let name: String
    /// Index just past the closing `>`.
    let end: Int
    private let attributes: [(name: String, value: [UInt8]?)]

    /// The tag starting at `start` (a `<`), or nil if none starts there (an end tag, a comment, text).
    init?(_ bytes: [UInt8], at start: Int) {
        var index = start + 1
        let isNameByte = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
        }
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard index > start + 1, index < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[start + 1] | 0x20)
        else { return nil }
        name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self).lowercased()
        var attributes: [(name: String, value: [UInt8]?)] = []
        while true {
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ">") { break }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">"),
                  bytes[index] != UInt8(ascii: "/") { index += 1 }
            let attributeName = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                attributes.append((attributeName, nil))
                continue
            }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                attributes.append((attributeName, Array(bytes[(index + 1)..<close])))
                index = close + 1
            } else {
                let valueStart = index
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                attributes.append((attributeName, Array(bytes[valueStart..<index])))
            }
        }
        end = index + 1
        self.attributes = attributes
    }

    /// The value of attribute `name` with the entities our renderers write decoded.
    func attribute(_ name: String) -> String? {
        guard let found = attributes.first(where: { $0.name == name }), let value = found.value else { return nil }
        var text = String(decoding: value, as: UTF8.self)
        guard text.contains("&") else { return text }
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// The tag written again: attributes in `values` take their place (or are added at the
    /// end, in the order given), those in `removing` are left out, the rest stay as written.
    /// Values must already be safe in a double-quoted attribute.
    func replacing(_ values: [(name: String, value: String)], removing: Set<String> = []) -> [UInt8] {
        var output = Array("<\(name)".utf8)
        var written = Set<String>()
        let write = { (name: String, value: [UInt8]?) in
            output += Array(" \(name)".utf8)
            if let value { output += Array("=\"".utf8) + value + [UInt8(ascii: "\"")] }
        }
        for attribute in attributes where !removing.contains(attribute.name) && !written.contains(attribute.name) {
            if let replacement = values.first(where: { $0.name == attribute.name }) {
                write(attribute.name, Array(replacement.value.utf8))
                written.insert(attribute.name)
            } else {
                // A value written with single quotes or none is written back in double quotes.
                write(attribute.name, attribute.value.map { $0.contains(UInt8(ascii: "\"")) ? Array(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\"", with: "&quot;").utf8) : $0 })
            }
        }
        for (name, value) in values where !written.contains(name) { write(name, Array(value.utf8)) }
        return output + [UInt8(ascii: ">")]
    }
}
