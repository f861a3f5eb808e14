import Foundation

/// Literal search, replace and trim on UTF-8 bytes. On Linux, Foundation's
/// `replacingOccurrences(of:with:)`, `contains(_:)` and `trimmingCharacters(in:)` bridge the
/// whole string to UTF-16 first; on page-sized HTML that was a quarter of a build's time.
/// The results are those of Foundation with the `.literal` option: a match of valid UTF-8
/// always starts and ends on a scalar boundary. (Without `.literal`, Foundation also matches
/// canonically equivalent text; the patterns used here are markup, where that never happens.)
extension String {
    /// `self` with every occurrence of `target` replaced, scanning left to right.
    public func replacingLiteral(_ target: String, with replacement: String) -> String {
        replacingLiteral(target) { _ in replacement }
    }

    /// `self` with the n-th occurrence (from 0) of `target` replaced by `replacement(n)`,
    /// scanning left to right.
    public func replacingLiteral(_ target: String, with replacement: (Int) -> String) -> String {
        var source = self
        var target = target
        return source.withUTF8 { text in
            target.withUTF8 { pattern in
                guard let first = UTF8Search.first(pattern, in: text, from: 0) else { return self }
                var output: [UInt8] = []
                output.reserveCapacity(text.count + 256)
                var copied = 0
                var count = 0
                var match: Int? = first
                while let start = match {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<start]))
                    output.append(contentsOf: replacement(count).utf8)
                    count += 1
                    copied = start + pattern.count
                    match = UTF8Search.first(pattern, in: text, from: copied)
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
                return String(decoding: output, as: UTF8.self)
            }
        }
    }

    /// `self` with every occurrence of each pattern replaced, in one pass from left to right
    /// (at each place the first pattern of the list that matches wins).
    public func replacingLiterals(_ replacements: [(String, String)]) -> String {
        let patterns = replacements.map { (Array($0.0.utf8), Array($0.1.utf8)) }.filter { !$0.0.isEmpty }
        var starts = [Bool](repeating: false, count: 256)
        for (pattern, _) in patterns { starts[Int(pattern[0])] = true }
        var source = self
        return source.withUTF8 { text -> String in
            var output: [UInt8] = []
            var copied = 0
            var position = 0
            while position < text.count {
                guard starts[Int(text[position])] else {
                    position += 1
                    continue
                }
                var matched: (Int, [UInt8])?
                for (pattern, replacement) in patterns where pattern[0] == text[position] && position + pattern.count <= text.count {
                    if pattern.withUnsafeBufferPointer({ memcmp(text.baseAddress! + position, $0.baseAddress!, $0.count) == 0 }) {
                        matched = (pattern.count, replacement)
                        break
                    }
                }
                guard let (length, replacement) = matched else {
                    position += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(text.count + 1024) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<position]))
                output.append(contentsOf: replacement)
                position += length
                copied = position
            }
            guard copied > 0 else { return self }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether `target` occurs in `self`.
    public func containsLiteral(_ target: String) -> Bool {
        var source = self
        var target = target
        return source.withUTF8 { text in target.withUTF8 { UTF8Search.first($0, in: text, from: 0) != nil } }
    }

    /// `String(prefix(count))`: the first `count` Characters. Text made only of scalars that
    /// always stand alone as a Character (ASCII without CR, Latin, Greek, Cyrillic, common
    /// punctuation) is cut by scalars, which is many times faster than finding Character
    /// boundaries; anything else takes the standard library's way.
    public func prefix(characters count: Int) -> String {
        // Every Character takes at least one byte.
        if utf8.count <= count { return self }
        var text = self
        let end: Int? = text.withUTF8 { bytes in
            UTF8Characters.scan(bytes, upTo: count)?.offset
        }
        guard let end else { return String(prefix(count)) }
        if end == utf8.count { return self }
        return String(self[..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// `self` without leading and trailing white space and newlines (the same characters as
    /// `CharacterSet.whitespacesAndNewlines`), looking only at its ends.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        let spaces = CharacterSet.whitespacesAndNewlines
        let isSpace: (Unicode.Scalar) -> Bool = { spaces.contains($0) }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

/// Counting Characters in valid UTF-8 by scalars, where every scalar is sure to be a
/// Character of its own.
public enum UTF8Characters {
    /// Walks `bytes` until `limit` Characters are passed or the bytes end: the byte offset
    /// reached and the Characters passed. Nil as soon as a scalar might join a neighbour into
    /// one Character (marks, joiners, CR, Hangul, emoji...): those are counted the standard way.
    /// The scalar after the last one passed must stand alone too: a mark there would belong to
    /// the last Character.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) -> (offset: Int, characters: Int)? {
        var offset = 0
        var characters = 0
        let count = bytes.count
        while offset < count {
            let lead = bytes[offset]
            // Greek and Cyrillic letters (leads 0xCE–0xD1: U+0380–U+047F) stand alone whatever
            // their second byte: most of a Russian text, without decoding.
            if lead &- 0xCE < 4 {
                if characters == limit { return (offset, characters) }
                characters += 1
                offset += 2
                continue
            }
            let length: Int
            if lead < 0x80 {
                // Printable ASCII, tab and line feed.
                guard (lead >= 0x20 && lead < 0x7F) || lead == 0x0A || lead == 0x09 else { return nil }
                length = 1
            } else if lead < 0xE0 {
                // Two bytes: Latin-1 supplement, Latin extended, IPA, Greek, Cyrillic. (A String's
                // UTF-8 is valid: the continuation bytes are there.)
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
                guard (0xA0...0x2FF).contains(value) || (0x370...0x482).contains(value) || (0x48A...0x52F).contains(value)
                else { return nil }
                length = 2
            } else if lead < 0xF0 {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                // General punctuation (dashes, quotes, bullets, ellipsis, per mille), currency signs.
                guard (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || (0x20A0...0x20BF).contains(value)
                else { return nil }
                length = 3
            } else {
                return nil
            }
            if characters == limit { return (offset, characters) }
            characters += 1
            offset += length
        }
        return (offset, characters)
    }

    /// `bytes` (valid UTF-8) without leading and trailing white space and newlines, the
    /// characters `String.trimmingWhitespace()` drops.
    public static func trimmingWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        var start = 0
        var end = bytes.count
        while start < end, let (scalar, length) = scalar(in: bytes, at: start), isSpace(scalar) { start += length }
        while end > start {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard let (scalar, _) = scalar(in: bytes, at: lead), isSpace(scalar) else { break }
            end = lead
        }
        return start == 0 && end == bytes.count ? bytes : Array(bytes[start..<end])
    }

    private static let spaces = CharacterSet.whitespacesAndNewlines

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { spaces.contains(scalar) }

    /// The scalar that starts at `offset` and its length in bytes.
    private static func scalar(in bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int)? {
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, UTF8.width(scalar))
    }

    /// The number of Characters in `bytes`, valid UTF-8 cut at a scalar boundary.
    public static func count(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { scan($0)?.characters } ?? String(decoding: bytes, as: UTF8.self).count
    }
}
