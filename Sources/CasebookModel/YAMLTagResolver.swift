/// Yams' default resolver (YAML 1.1: bool, int, float, merge, null, timestamp, value, else str)
/// written as byte checks: its regular expressions cost more than reading the whole front
/// matter. The differential tests hold these to Yams' own rules.
enum YAMLTagResolver {
    static func tag(ofPlain text: String) -> YAMLScalar.Tag {
        var text = text
        return text.withUTF8 { tag(of: $0) }
    }

    static func tag(of bytes: UnsafeBufferPointer<UInt8>) -> YAMLScalar.Tag {
        guard let first = bytes.first else { return .null }
        // Most texts start with a letter no rule begins with.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: "y"), UInt8(ascii: "Y"),
             UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
             UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            break
        default:
            return .str
        }
        if isBool(bytes) { return .bool }
        if isInt(bytes) { return .int }
        if isFloat(bytes) { return .float }
        if equals(bytes, "<<") { return .merge }
        if isNull(bytes) { return .null }
        if isTimestamp(bytes) { return .timestamp }
        if equals(bytes, "=") { return .value }
        return .str
    }

    /// `[-+]?(?:0|[1-9][0-9_]*)`: the one int spelling casebook reads as a number.
    static func isDecimalInteger(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var scan = Scan(bytes)
            scan.sign()
            if scan.take("0") { return scan.atEnd }
            guard scan.take(where: isNonZeroDigit) else { return false }
            scan.skip(while: isDigitOrUnderscore)
            return scan.atEnd
        }
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount && bytes.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func isBool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2, bytes.count <= 5 else { return false }
        for word: StaticString in ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                                   "on", "On", "ON", "off", "Off", "OFF"] where equals(bytes, word) {
            return true
        }
        return false
    }

    private static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        equals(bytes, "~") || equals(bytes, "null") || equals(bytes, "Null") || equals(bytes, "NULL")
    }

    private static func isInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // [-+]?0b[0-1_]+
        var scan = Scan(bytes)
        scan.sign()
        if scan.take("0"), scan.take("b"), scan.skip(while: { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") || $0 == UInt8(ascii: "_") }) > 0, scan.atEnd {
            return true
        }
        // [-+]?0o?[0-7_]+
        scan = Scan(bytes)
        scan.sign()
        if scan.take("0") {
            _ = scan.take("o")
            if scan.skip(while: { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7")) || $0 == UInt8(ascii: "_") }) > 0, scan.atEnd {
                return true
            }
        }
        // [-+]?(?:0|[1-9][0-9_]*)
        scan = Scan(bytes)
        scan.sign()
        if scan.take("0"), scan.atEnd { return true }
        scan = Scan(bytes)
        scan.sign()
        if scan.take(where: isNonZeroDigit) {
            scan.skip(while: isDigitOrUnderscore)
            if scan.atEnd { return true }
        }
        // [-+]?0x[0-9a-fA-F_]+
        scan = Scan(bytes)
        scan.sign()
        if scan.take("0"), scan.take("x"), scan.skip(while: { isHexDigit($0) || $0 == UInt8(ascii: "_") }) > 0, scan.atEnd {
            return true
        }
        // [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+
        scan = Scan(bytes)
        scan.sign()
        if scan.take(where: isNonZeroDigit) {
            scan.skip(while: isDigitOrUnderscore)
            if scan.sexagesimalParts() > 0, scan.atEnd { return true }
        }
        return false
    }

    /// Float spellings in decimal digits: `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?` and
    /// `\.[0-9_]+([eE][-+][0-9]+)?` (no sexagesimal, infinity or NaN).
    static func isDecimalFloat(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isDecimalFloat($0) }
    }

    private static func isDecimalFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scan = Scan(bytes)
        scan.sign()
        if scan.take(where: isDigit) {
            scan.skip(while: isDigitOrUnderscore)
            if scan.take(".") { scan.skip(while: isDigitOrUnderscore) }
            var exponent = scan
            if exponent.take(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                exponent.sign()
                if exponent.skip(while: isDigit) > 0, exponent.atEnd { return true }
            }
            if scan.atEnd { return true }
        }
        scan = Scan(bytes)
        if scan.take("."), scan.skip(while: isDigitOrUnderscore) > 0 {
            if scan.atEnd { return true }
            if scan.take(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
               scan.take(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }),
               scan.skip(while: isDigit) > 0, scan.atEnd {
                return true
            }
        }
        return false
    }

    private static func isFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isDecimalFloat(bytes) { return true }
        // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        var scan = Scan(bytes)
        scan.sign()
        if scan.take(where: isDigit) {
            scan.skip(while: isDigitOrUnderscore)
            if scan.sexagesimalParts() > 0, scan.take(".") {
                scan.skip(while: isDigitOrUnderscore)
                if scan.atEnd { return true }
            }
        }
        // [-+]?\.(?:inf|Inf|INF) and \.(?:nan|NaN|NAN)
        scan = Scan(bytes)
        let signed = scan.sign()
        if scan.take(".") {
            let rest = UnsafeBufferPointer(rebasing: bytes[scan.offset...])
            if equals(rest, "inf") || equals(rest, "Inf") || equals(rest, "INF") { return true }
            if !signed, equals(rest, "nan") || equals(rest, "NaN") || equals(rest, "NAN") { return true }
        }
        return false
    }

    private static func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // [0-9]{4}-[0-9]{2}-[0-9]{2}
        var scan = Scan(bytes)
        guard scan.digits(4...4), scan.take("-"), scan.digits(1...2) else { return false }
        let shortMonth = scan.offset == 6
        guard scan.take("-"), scan.digits(1...2) else { return false }
        if scan.atEnd { return !shortMonth && scan.offset == 10 }
        // [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?
        //   (?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?
        if !scan.take(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") }) {
            guard scan.skip(while: isSpaceOrTab) > 0 else { return false }
        }
        guard scan.digits(1...2), scan.take(":"), scan.digits(2...2), scan.take(":"), scan.digits(2...2) else { return false }
        if scan.take(".") { scan.skip(while: isDigit) }
        if scan.atEnd { return true }
        scan.skip(while: isSpaceOrTab)
        if scan.take("Z") { return scan.atEnd }
        guard scan.take(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }), scan.digits(1...2) else { return false }
        if scan.atEnd { return true }
        return scan.take(":") && scan.digits(2...2) && scan.atEnd
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isNonZeroDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") }
    private static func isDigitOrUnderscore(_ byte: UInt8) -> Bool { isDigit(byte) || byte == UInt8(ascii: "_") }
    private static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == 0x09 }
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }

    /// A cursor over the bytes of one scalar.
    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { offset == bytes.count }

        mutating func take(_ byte: Unicode.Scalar) -> Bool {
            take { $0 == UInt8(ascii: byte) }
        }

        mutating func take(where accept: (UInt8) -> Bool) -> Bool {
            guard offset < bytes.count, accept(bytes[offset]) else { return false }
            offset += 1
            return true
        }

        @discardableResult
        mutating func skip(while accept: (UInt8) -> Bool) -> Int {
            let start = offset
            while offset < bytes.count, accept(bytes[offset]) { offset += 1 }
            return offset - start
        }

        @discardableResult
        mutating func sign() -> Bool {
            take { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        }

        /// Between `count.lowerBound` and `count.upperBound` digits, as many as there are.
        mutating func digits(_ count: ClosedRange<Int>) -> Bool {
            let start = offset
            while offset < bytes.count, offset - start < count.upperBound, YAMLTagResolver.isDigit(bytes[offset]) { offset += 1 }
            return offset - start >= count.lowerBound
        }

        /// How many `:[0-5]?[0-9]` parts follow.
        mutating func sexagesimalParts() -> Int {
            var parts = 0
            while offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: ":") {
                let first = bytes[offset + 1]
                guard YAMLTagResolver.isDigit(first) else { break }
                // `[0-5]?[0-9]`: two digits when the first is 0–5 and a digit follows; else one.
                if first <= UInt8(ascii: "5"), offset + 2 < bytes.count, YAMLTagResolver.isDigit(bytes[offset + 2]) {
                    offset += 3
                } else {
                    offset += 2
                }
                parts += 1
            }
            return parts
        }
    }
}
