/// Makes front-matter documents the way authors (and accidents) write them, from a fixed seed:
/// nested mappings and lists in block and flow style, plain and quoted texts with colons, `#`
/// and quotes, Cyrillic and Kyrgyz words, YAML 1.1's numbers and booleans, comments, blank
/// lines, odd indentation and now and then a control character or a construct only Yams reads.
struct FrontMatterGenerator {
    /// SplitMix64: the same documents on every machine and run.
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    private mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let words = [
        "010", "1_000", "1_250_000", ".5", "0x1F", "0o17", "0b101", "1e19", "1e+19", "1.5e-3", "1.", "-5", "+3", "0", "00",
        "12.5", "1:30", "1:30.5", "190:20:30", ".inf", "-.Inf", ".NaN", "99999999999999999999", "9223372036854775807",
        "1e300", "yes", "no", "on", "off", "Yes", "NO", "ON", "y", "n", "true", "False", "TRUE", "null", "Null", "~",
        "2022-06-30", "2022-6-3 10:00:00", "2001-12-14t21:59:43.10-05:00", "<<", "=", "Ноокен", "ң ө ү", "Ак-Жылдыз · Ноокен",
        "Өзгөн", "Кара-Көл ңүө", "a: b", "x#y", "http://example.org/a#b", "3:2", "ratio:", "-x", "- x", "?x", ":x", "a,b",
        "[a]", "{a}", "it's", "say \"hi\"", "back\\slash", "«Ёлка» — 2024", "trail ", "&a", "*a", "!t", "|", ">", "%x", "@x",
        "`x`", "кейс 5", "50 %", "a, b", "a [b]", "a {b}", "x:y", "-", "?", "--", "...", "#", "a #b", "3 — 4",
    ]

    static let keys = ["title", "summary", "year", "draft", "weight", "a", "b-c", "d_e", "yes", "null", "1", "on", "ru", "en",
                       "Ключ", "key two", "2022", "x1", "~", "-k", "_k"]

    static let controls = ["\u{0}", "\u{1}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{2028}", "\u{2029}",
                           "\u{FEFF}", "\u{FFFE}", "\t", "\r"]

    mutating func document() -> String {
        var lines: [String] = []
        mapping(indent: 0, depth: 0, into: &lines)
        var text = lines.joined(separator: "\n") + (chance(90) ? "\n" : "")
        if chance(6) {
            // A control character or an odd line break somewhere.
            var scalars = Array(text.unicodeScalars)
            let position = below(scalars.count + 1)
            scalars.insert(contentsOf: pick(Self.controls).unicodeScalars, at: position)
            text = String(String.UnicodeScalarView(scalars))
        }
        return text
    }

    private mutating func key() -> String {
        chance(85) ? pick(Self.keys.prefix(14).map { $0 }) : pick(Self.keys)
    }

    private mutating func mapping(indent: Int, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for _ in 0..<(1 + below(5)) {
            if chance(8) { lines.append(chance(50) ? "" : pad + "# a comment: with #, \"quotes\"") }
            let name = chance(3) ? "\"\(key())\"" : key()
            let head = pad + name + ":"
            switch below(10) {
            case 0 where depth < 3:
                lines.append(head + (chance(20) ? "   # note" : ""))
                mapping(indent: indent + pick([1, 2, 2, 4]), depth: depth + 1, into: &lines)
            case 1 where depth < 3:
                lines.append(head)
                sequence(indent: indent + pick([0, 2, 2, 3]), depth: depth + 1, into: &lines)
            case 2:
                lines.append(head + " " + flowSequence())
            case 3:
                lines.append(head + " " + flowMapping())
            case 4:
                lines.append(head + pick(["", " ", "  # nothing", " ~"]))
            default:
                lines.append(head + " " + scalar() + (chance(15) ? pick([" # c", "  #c", "#c", " "]) : ""))
            }
            if chance(2) { lines.append(pad + "  continued") }
        }
    }

    private mutating func sequence(indent: Int, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for _ in 0..<(1 + below(4)) {
            switch below(6) {
            case 0 where depth < 3:
                // `- key: value` with more keys lined up under the first.
                let keyIndent = indent + 2
                var nested: [String] = []
                mapping(indent: keyIndent, depth: depth + 1, into: &nested)
                if let first = nested.first, first.hasPrefix(String(repeating: " ", count: keyIndent)) {
                    nested[0] = pad + "- " + first.dropFirst(keyIndent)
                }
                lines += nested
            case 1:
                lines.append(pad + "- " + flowMapping())
            default:
                lines.append(pad + pick(["- ", "- ", "-  "]) + scalar() + (chance(10) ? " # c" : ""))
            }
        }
    }

    private mutating func flowSequence() -> String {
        if chance(10) { return pick(["[]", "[ ]", "[a,\n  b]", "[a, ]"]) }
        let items = (0..<(1 + below(4))).map { _ in flowScalar() }
        return "[" + items.joined(separator: pick([", ", ",", " , "])) + "]"
    }

    private mutating func flowMapping() -> String {
        if chance(5) { return pick(["{}", "{a: 1, a: 2}"]) }
        let items = (0..<(1 + below(3))).map { _ in "\(key()): \(flowScalar())" }
        return "{" + items.joined(separator: ", ") + "}"
    }

    private mutating func flowScalar() -> String {
        chance(40) ? quoted() : pick(["water", "pwd", "Ноокен", "ң ө ү", "12", "0x1F", "yes", "~", "1e19", "a b", "-1", "x:y", "a#b"])
    }

    private mutating func scalar() -> String {
        chance(35) ? quoted() : pick(Self.words)
    }

    private mutating func quoted() -> String {
        let word = pick(Self.words)
        if chance(50) {
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            let extra = chance(20) ? pick(["\\n", "\\t", "\\u00e9", "\\u04A3", "\\/", "\\x41", "\\0", "\\N", "\\_"]) : ""
            return "\"" + escaped + extra + "\""
        }
        return "'" + word.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
