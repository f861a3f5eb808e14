/// Walks the tags of HTML that casebook itself wrote (cmark-gfm's output, generated blocks,
/// the theme's templates: attribute values in double quotes) and rebuilds the text with some
/// tags changed; everything else, comments included, is copied byte for byte. One linear pass
/// over the bytes, where regular expressions over a whole book took a pass per pattern.
struct HTMLTagScanner {
    /// One tag as written, as byte offsets into the scanned text.
    struct Tag {
        /// `<` to `>` inclusive.
        var range: Range<Int>
        var isClosing: Bool
        var name: Range<Int>
        var attributes: [Attribute]

        /// One attribute; `value` is nil for an attribute written without one (`data-footnotes`).
        struct Attribute {
            var name: Range<Int>
            var value: Range<Int>?
        }
    }

    let bytes: [UInt8]

    init(_ html: String) { bytes = Array(html.utf8) }

    /// The text of `range`.
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Whether the bytes of `range` are `literal`.
    func equals(_ range: Range<Int>, _ literal: String) -> Bool { bytes[range].elementsEqual(literal.utf8) }

    /// Whether the bytes at `offset` start with `literal`.
    func has(_ literal: String, at offset: Int) -> Bool {
        let utf8 = literal.utf8
        return offset + utf8.count <= bytes.count && bytes[offset..<offset + utf8.count].elementsEqual(utf8)
    }

    /// The value of attribute `name` of `tag`, if it has one.
    func value(_ name: String, of tag: Tag) -> Range<Int>? {
        tag.attributes.first { equals($0.name, name) }?.value
    }

    /// The text with each tag for which `replace` returns bytes replaced by them.
    func rewritten(_ replace: (Tag) -> [UInt8]?) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var copied = 0
        forEachTag { tag in
            guard let replacement = replace(tag) else { return }
            output.append(contentsOf: bytes[copied..<tag.range.lowerBound])
            output.append(contentsOf: replacement)
            copied = tag.range.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }

    /// Calls `visit` with every tag in order.
    func forEachTag(_ visit: (Tag) -> Void) {
        var position = 0
        let count = bytes.count
        while position < count {
            guard let open = bytes[position...].firstIndex(of: UInt8(ascii: "<")) else { return }
            if has("<!--", at: open) {
                position = end(of: "-->", from: open + 4) ?? count
                continue
            }
            if let tag = tag(at: open) {
                visit(tag)
                position = tag.range.upperBound
            } else {
                position = open + 1
            }
        }
    }

    /// The offset just past the first `literal` at or after `start`.
    private func end(of literal: String, from start: Int) -> Int? {
        var position = start
        let first = literal.utf8.first!
        while let found = bytes[position...].firstIndex(of: first) {
            if has(literal, at: found) { return found + literal.utf8.count }
            position = found + 1
        }
        return nil
    }

    /// The tag starting at `open` (a `<`), or nil when none does (a `<` in text).
    private func tag(at open: Int) -> Tag? {
        var position = open + 1
        let count = bytes.count
        let isClosing = position < count && bytes[position] == UInt8(ascii: "/")
        if isClosing { position += 1 }
        let nameStart = position
        while position < count, Self.isNameByte(bytes[position]) { position += 1 }
        guard position > nameStart, Self.isLetter(bytes[nameStart]) else { return nil }
        let name = nameStart..<position
        var attributes: [Tag.Attribute] = []
        while position < count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                return Tag(range: open..<position + 1, isClosing: isClosing, name: name, attributes: attributes)
            }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                position += 1
                continue
            }
            let attributeStart = position
            while position < count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
                  bytes[position] != UInt8(ascii: ">") { position += 1 }
            let attributeName = attributeStart..<position
            guard position < count, bytes[position] == UInt8(ascii: "=") else {
                attributes.append(.init(name: attributeName, value: nil))
                continue
            }
            position += 1
            guard position < count else { return nil }
            let quote = bytes[position]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let close = bytes[(position + 1)...].firstIndex(of: quote) else { return nil }
                attributes.append(.init(name: attributeName, value: position + 1..<close))
                position = close + 1
            } else {
                let valueStart = position
                while position < count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                attributes.append(.init(name: attributeName, value: valueStart..<position))
            }
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}

extension HTMLTagScanner.Tag {
    /// The tag's bytes with some attribute values replaced, the name replaced, or bytes
    /// inserted after the name; everything else as written.
    func edited(in scanner: HTMLTagScanner, name newName: String? = nil, values: [(Range<Int>, String)] = [],
                afterName inserted: String = "") -> [UInt8] {
        var edits: [(Range<Int>, [UInt8])] = values.map { ($0.0, Array($0.1.utf8)) }
        if let newName { edits.append((name, Array(newName.utf8))) }
        if !inserted.isEmpty { edits.append((name.upperBound..<name.upperBound, Array(inserted.utf8))) }
        edits.sort { $0.0.lowerBound < $1.0.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(range.count + 32)
        var copied = range.lowerBound
        for (replaced, bytes) in edits {
            output.append(contentsOf: scanner.bytes[copied..<replaced.lowerBound])
            output.append(contentsOf: bytes)
            copied = replaced.upperBound
        }
        output.append(contentsOf: scanner.bytes[copied..<range.upperBound])
        return output
    }
}
