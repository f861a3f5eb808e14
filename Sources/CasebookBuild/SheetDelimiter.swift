/// The field separator of the evaluation sheet, and the decimal mark that goes with it: a
/// spreadsheet program in a Russian locale writes `;` between fields and `7,5` for numbers,
/// one in an English locale `,` and `7.5`.
public enum SheetDelimiter: String, Sendable, CaseIterable {
    case semicolon, comma

    public var character: Character { self == .semicolon ? ";" : "," }
    public var decimalMark: Character { self == .semicolon ? "," : "." }

    /// `;`, `,` or their names.
    public init?(argument: String) {
        switch argument {
        case ";", "semicolon": self = .semicolon
        case ",", "comma": self = .comma
        default: return nil
        }
    }
}
