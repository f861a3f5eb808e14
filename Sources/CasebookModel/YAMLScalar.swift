/// A YAML scalar: its text, how it was written, and its type tag resolved the YAML 1.1 way
/// Yams' default resolver resolves it (a plain `yes` is a boolean, a quoted `"yes"` a text).
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The resolved tag. Explicit tags other than the standard ones keep their name.
    public enum Tag: Sendable, Hashable {
        case str, null, bool, int, float, timestamp, merge, value
        case other(String)
    }

    public var text: String
    public var style: Style
    public var tag: Tag

    public init(_ text: String, style: Style, tag: Tag) {
        self.text = text
        self.style = style
        self.tag = tag
    }

    /// A plain scalar, tagged as Yams' default resolver tags it.
    init(plain text: String) {
        self.init(text, style: .plain, tag: YAMLTagResolver.tag(ofPlain: text))
    }

    /// The value of a boolean-tagged scalar (`true`, `yes`, `on`, … in any of YAML 1.1's
    /// spellings); nil for anything else, a quoted `"true"` included.
    public var bool: Bool? {
        guard tag == .bool else { return nil }
        switch text {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        default: return false
        }
    }

    /// The value of an int-tagged scalar written in decimal digits (`-5`, `1_000`); nil for
    /// anything else, octal, hexadecimal, binary and sexagesimal spellings and values beyond
    /// `Int` included.
    public var integer: Int? {
        guard tag == .int, YAMLTagResolver.isDecimalInteger(text) else { return nil }
        return Int(text.utf8.contains(UInt8(ascii: "_")) ? String(text.filter { $0 != "_" }) : text)
    }
}
