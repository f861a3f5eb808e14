import Foundation

/// Finding bytes in bytes.
public enum UTF8Search {
    /// The offset of the first occurrence of `pattern` in `text` at or after `start`.
    public static func first(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let head = pattern.first, let base = text.baseAddress, pattern.count <= text.count else { return nil }
        var position = start
        let lastStart = text.count - pattern.count
        while position <= lastStart {
            guard let found = memchr(base + position, Int32(head), lastStart - position + 1) else { return nil }
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if pattern.count == 1 || memcmp(base + offset + 1, pattern.baseAddress! + 1, pattern.count - 1) == 0 {
                return offset
            }
            position = offset + 1
        }
        return nil
    }

    public static func first(_ pattern: StaticString, in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        pattern.withUTF8Buffer { first($0, in: text, from: start) }
    }

    /// Whether `text` holds `pattern` at `offset`.
    public static func has(_ pattern: StaticString, in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard offset >= 0, offset + count <= text.count else { return false }
        return memcmp(text.baseAddress! + offset, pattern.utf8Start, count) == 0
    }
}
