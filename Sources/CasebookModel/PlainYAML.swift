/// Reads the YAML that front matter is written in — `key: value` lines, nested mappings, lists
/// (`- item` or `[a, "b"]`), `{ru: …, en: …}`, quoted and plain one-line texts, comments — into
/// the tree Yams' nodes convert to: the same texts, styles, tags (resolved as Yams' default
/// resolver does) and positions. Anything else (block texts `|` and `>`, anchors, tags, texts
/// over several lines, flow collections over several lines, duplicate keys, control characters,
/// …) gives nil, and Yams reads the text and reports what is wrong. Parsing front matter
/// through libyaml and Yams' node builder was the largest part of loading a casebook.
enum PlainYAML {
    /// The root node, or nil when the text needs Yams. Lines are shifted by `lineOffset`.
    static func parse(_ text: String, lineOffset: Int = 0) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes, lineOffset: lineOffset)
            return parser.document()
        }
    }

    private struct Line {
        /// 1-based line number in the text.
        var number: Int
        /// Byte offsets in the text: where the line starts, its first non-space, its end.
        var start: Int
        var content: Int
        var end: Int
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let lineOffset: Int
        var lines: [Line] = []
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) {
            self.bytes = bytes
            self.lineOffset = lineOffset
        }

        mutating func document() -> YAMLNode? {
            var start = 0
            var number = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                number += 1
                var content = start
                while content < end, bytes[content] == UInt8(ascii: " ") { content += 1 }
                // Tabs, carriage returns, other control characters and the line breaks libyaml
                // knows beyond LF (U+0085, U+2028, U+2029): Yams and the checks before it
                // handle those.
                for offset in start..<end where bytes[offset] == 0x09 || YAMLForbiddenCharacters.startsOne(at: offset, in: bytes) {
                    return nil
                }
                if content < end, bytes[content] != UInt8(ascii: "#") {
                    lines.append(Line(number: number + lineOffset, start: start, content: content, end: end))
                }
                start = end + 1
            }
            guard let first = lines.first, first.content == first.start else { return nil }
            guard let root = mapping(indent: 0) else { return nil }
            return index == lines.count ? root : nil
        }

        private func indentation(_ line: Line) -> Int { line.content - line.start }

        /// 1-based column of byte `offset` of `line`, counted in Unicode scalars as libyaml does.
        private func column(_ offset: Int, in line: Line) -> Int {
            var column = 1
            for position in line.start..<offset where bytes[position] & 0xC0 != 0x80 { column += 1 }
            return column
        }

        private func isSequenceEntry(_ offset: Int, end: Int) -> Bool {
            bytes[offset] == UInt8(ascii: "-") && (offset + 1 == end || bytes[offset + 1] == UInt8(ascii: " "))
        }

        /// A block mapping whose keys start at byte column `indent`; the current line may begin
        /// mid-line (the first entry of `- key: value`), at `lines[index].content`.
        private mutating func mapping(indent: Int) -> YAMLNode? {
            var pairs: [YAMLNode.Pair] = []
            var keys = Set<String>()
            var mark: (line: Int, column: Int)?
            while index < lines.count {
                let line = lines[index]
                let keyStart = line.content
                guard keyStart - line.start == indent else {
                    if keyStart - line.start < indent { break }
                    return nil
                }
                if isSequenceEntry(keyStart, end: line.end) { break }
                // A key: letters, digits, '_' and '-' (not first), then ':' and a space or the end.
                var offset = keyStart
                while offset < line.end, Self.isKeyByte(bytes[offset]) { offset += 1 }
                guard offset > keyStart, bytes[keyStart] != UInt8(ascii: "-"), offset < line.end,
                      bytes[offset] == UInt8(ascii: ":"),
                      offset + 1 == line.end || bytes[offset + 1] == UInt8(ascii: " ") else { return nil }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<offset]), as: UTF8.self)
                guard keys.insert(key).inserted else { return nil }
                let keyNode = YAMLNode(.scalar(YAMLScalar(plain: key)), line: line.number, column: column(keyStart, in: line))
                if mark == nil { mark = (keyNode.line, keyNode.column) }
                let colon = offset
                offset += 1
                while offset < line.end, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
                let value: YAMLNode
                if offset == line.end || (bytes[offset] == UInt8(ascii: "#") && bytes[offset - 1] == UInt8(ascii: " ")) {
                    index += 1
                    if index < lines.count, indentation(lines[index]) > indent {
                        guard let nested = block(indent: indentation(lines[index])) else { return nil }
                        value = nested
                    } else if index < lines.count, indentation(lines[index]) == indent,
                              isSequenceEntry(lines[index].content, end: lines[index].end) {
                        // A list may start at the key's own indentation.
                        guard let nested = sequence(indent: indent) else { return nil }
                        value = nested
                    } else {
                        // Nothing: an empty plain scalar, marked just after the ':'.
                        value = YAMLNode(.scalar(YAMLScalar("", style: .plain, tag: .null)),
                                         line: line.number, column: column(colon, in: line) + 1)
                    }
                } else {
                    guard let inline = inlineValue(at: offset, in: line) else { return nil }
                    value = inline
                    index += 1
                    // A deeper line after a value on the key's line would continue it.
                    if index < lines.count, indentation(lines[index]) > indent { return nil }
                }
                pairs.append(YAMLNode.Pair(key: keyNode, value: value))
            }
            guard let mark, !pairs.isEmpty else { return nil }
            return YAMLNode(.mapping(pairs), line: mark.line, column: mark.column)
        }

        private mutating func block(indent: Int) -> YAMLNode? {
            let line = lines[index]
            return isSequenceEntry(line.content, end: line.end) ? sequence(indent: indent) : mapping(indent: indent)
        }

        /// A block sequence whose `-` stand at byte column `indent`.
        private mutating func sequence(indent: Int) -> YAMLNode? {
            var items: [YAMLNode] = []
            var mark: (line: Int, column: Int)?
            while index < lines.count {
                let line = lines[index]
                guard indentation(line) == indent else {
                    if indentation(line) < indent { break }
                    return nil
                }
                guard isSequenceEntry(line.content, end: line.end) else { break }
                if mark == nil { mark = (line.number, column(line.content, in: line)) }
                var offset = line.content + 1
                while offset < line.end, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
                guard offset < line.end, bytes[offset] != UInt8(ascii: "#") else { return nil }
                if startsMapping(at: offset, end: line.end) {
                    // `- key: value`: a mapping whose keys line up with this first one.
                    lines[index].content = offset
                    guard let item = mapping(indent: offset - line.start) else { return nil }
                    items.append(item)
                } else {
                    guard let item = inlineValue(at: offset, in: line) else { return nil }
                    items.append(item)
                    index += 1
                    if index < lines.count, indentation(lines[index]) > indent { return nil }
                }
            }
            guard let mark, !items.isEmpty else { return nil }
            return YAMLNode(.sequence(items), line: mark.line, column: mark.column)
        }

        private func startsMapping(at start: Int, end: Int) -> Bool {
            var offset = start
            while offset < end, Self.isKeyByte(bytes[offset]) { offset += 1 }
            return offset > start && offset < end && bytes[offset] == UInt8(ascii: ":")
                && (offset + 1 == end || bytes[offset + 1] == UInt8(ascii: " "))
        }

        private static func isKeyByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }

        /// A value that ends on its line: a quoted or plain text, `[…]` or `{…}`; only spaces and a
        /// comment may follow it.
        private func inlineValue(at start: Int, in line: Line) -> YAMLNode? {
            var offset = start
            let node: YAMLNode?
            switch bytes[start] {
            case UInt8(ascii: "["): node = flowSequence(&offset, in: line)
            case UInt8(ascii: "{"): node = flowMapping(&offset, in: line)
            case UInt8(ascii: "\""), UInt8(ascii: "'"): node = quoted(&offset, in: line)
            default:
                node = plain(&offset, in: line, flow: false)
            }
            guard let node, atLineEnd(offset, in: line) else { return nil }
            return node
        }

        /// Only spaces, then perhaps a comment, up to the end of the line.
        private func atLineEnd(_ start: Int, in line: Line) -> Bool {
            var offset = start
            while offset < line.end, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
            return offset == line.end || (bytes[offset] == UInt8(ascii: "#") && bytes[offset - 1] == UInt8(ascii: " "))
        }

        private func skipSpaces(_ offset: inout Int, in line: Line) {
            while offset < line.end, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
        }

        private func flowSequence(_ offset: inout Int, in line: Line) -> YAMLNode? {
            let column = self.column(offset, in: line)
            offset += 1
            var items: [YAMLNode] = []
            skipSpaces(&offset, in: line)
            if offset < line.end, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return YAMLNode(.sequence([]), line: line.number, column: column)
            }
            while true {
                skipSpaces(&offset, in: line)
                guard offset < line.end, let item = flowScalar(&offset, in: line) else { return nil }
                items.append(item)
                guard let more = afterFlowItem(&offset, in: line, closing: UInt8(ascii: "]")) else { return nil }
                if !more { return YAMLNode(.sequence(items), line: line.number, column: column) }
            }
        }

        private func flowMapping(_ offset: inout Int, in line: Line) -> YAMLNode? {
            let column = self.column(offset, in: line)
            offset += 1
            var pairs: [YAMLNode.Pair] = []
            var keys = Set<String>()
            while true {
                skipSpaces(&offset, in: line)
                let keyStart = offset
                while offset < line.end, Self.isKeyByte(bytes[offset]) { offset += 1 }
                guard offset > keyStart, bytes[keyStart] != UInt8(ascii: "-"), offset + 1 < line.end,
                      bytes[offset] == UInt8(ascii: ":"), bytes[offset + 1] == UInt8(ascii: " ") else { return nil }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<offset]), as: UTF8.self)
                guard keys.insert(key).inserted else { return nil }
                let keyNode = YAMLNode(.scalar(YAMLScalar(plain: key)), line: line.number, column: self.column(keyStart, in: line))
                offset += 1
                skipSpaces(&offset, in: line)
                guard offset < line.end, let value = flowScalar(&offset, in: line) else { return nil }
                pairs.append(YAMLNode.Pair(key: keyNode, value: value))
                guard let more = afterFlowItem(&offset, in: line, closing: UInt8(ascii: "}")) else { return nil }
                if !more { return YAMLNode(.mapping(pairs), line: line.number, column: column) }
            }
        }

        /// Past the `,` after an item of a flow collection (true: another item follows) or past
        /// its `closing` bracket (false); nil for anything else.
        private func afterFlowItem(_ offset: inout Int, in line: Line, closing: UInt8) -> Bool? {
            skipSpaces(&offset, in: line)
            guard offset < line.end, bytes[offset] == UInt8(ascii: ",") || bytes[offset] == closing else { return nil }
            offset += 1
            return bytes[offset - 1] == UInt8(ascii: ",")
        }

        private func flowScalar(_ offset: inout Int, in line: Line) -> YAMLNode? {
            switch bytes[offset] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): return quoted(&offset, in: line)
            default: return plain(&offset, in: line, flow: true)
            }
        }

        /// A plain text on one line. In a flow collection it ends at `,`, `]` or `}`.
        private func plain(_ offset: inout Int, in line: Line, flow: Bool) -> YAMLNode? {
            let start = offset
            let first = bytes[start]
            // Indicators that start something else (or that a plain text may not start with).
            switch first {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                // `-5` is a text; in a flow collection leave such texts to Yams.
                guard !flow, start + 1 < line.end, bytes[start + 1] != UInt8(ascii: " ") else { return nil }
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"),
                 UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"),
                 UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return nil
            default:
                break
            }
            var end = start
            while offset < line.end {
                let byte = bytes[offset]
                if byte == UInt8(ascii: ":") {
                    // ': ' (or ':' at the end) would make it a key; in a flow collection any ':'
                    // is left to Yams.
                    if flow || offset + 1 == line.end || bytes[offset + 1] == UInt8(ascii: " ") { return nil }
                }
                if byte == UInt8(ascii: "#"), bytes[offset - 1] == UInt8(ascii: " ") { break }
                if flow, Self.isFlowIndicator(byte) { break }
                offset += 1
                if byte != UInt8(ascii: " ") { end = offset }
            }
            guard end > start else { return nil }
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let scalar = YAMLScalar(String(decoding: slice, as: UTF8.self), style: .plain, tag: YAMLTagResolver.tag(of: slice))
            return YAMLNode(.scalar(scalar), line: line.number, column: column(start, in: line))
        }

        private static func isFlowIndicator(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
                || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
        }

        /// A single- or double-quoted text that closes on its line. Double quotes take the escapes
        /// `\"`, `\\`, `\/`, `\n`, `\t` and `\uXXXX`; any other escape goes to Yams.
        private func quoted(_ offset: inout Int, in line: Line) -> YAMLNode? {
            let quote = bytes[offset]
            let column = self.column(offset, in: line)
            let style: YAMLScalar.Style = quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            offset += 1
            // Most quoted texts have no escape: one slice.
            var scan = offset
            while scan < line.end, bytes[scan] != quote, bytes[scan] != UInt8(ascii: "\\") { scan += 1 }
            if scan < line.end, bytes[scan] == quote, !(quote == UInt8(ascii: "'") && scan + 1 < line.end && bytes[scan + 1] == quote) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<scan]), as: UTF8.self)
                offset = scan + 1
                return YAMLNode(.scalar(YAMLScalar(text, style: style, tag: .str)), line: line.number, column: column)
            }
            var text: [UInt8] = []
            while true {
                guard offset < line.end else { return nil }
                let byte = bytes[offset]
                if byte == quote {
                    if quote == UInt8(ascii: "'"), offset + 1 < line.end, bytes[offset + 1] == UInt8(ascii: "'") {
                        text.append(byte)
                        offset += 2
                        continue
                    }
                    offset += 1
                    break
                }
                if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    guard offset + 1 < line.end else { return nil }
                    switch bytes[offset + 1] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(bytes[offset + 1])
                    case UInt8(ascii: "n"): text.append(0x0A)
                    case UInt8(ascii: "t"): text.append(0x09)
                    case UInt8(ascii: "u"):
                        guard offset + 5 < line.end, let value = Self.hex(bytes[(offset + 2)..<(offset + 6)]),
                              let scalar = Unicode.Scalar(value) else { return nil }
                        text.append(contentsOf: Array(String(Character(scalar)).utf8))
                        offset += 4
                    default:
                        return nil
                    }
                    offset += 2
                    continue
                }
                text.append(byte)
                offset += 1
            }
            return YAMLNode(.scalar(YAMLScalar(String(decoding: text, as: UTF8.self), style: style, tag: .str)),
                            line: line.number, column: column)
        }

        private static func hex(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
            var value: UInt32 = 0
            for digit in digits {
                let nibble: UInt8
                switch digit {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = digit - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = digit - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = digit - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(nibble)
            }
            return value
        }
    }
}
