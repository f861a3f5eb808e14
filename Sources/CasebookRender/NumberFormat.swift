/// Numbers as readers of each language write them, without depending on the machine's locale:
/// `1 850 000` in Russian, `1,850,000` in English.
public enum NumberFormat {
    public static func integer(_ value: Int, language: String) -> String {
        let digits = String(abs(value))
        let separator = language == "en" ? "," : "\u{00A0}"
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        // Four-digit numbers stay together in Russian typography (2022, 1500).
        let text = language != "en" && digits.count == 4 ? digits : groups.joined(separator: separator)
        return (value < 0 ? "−" : "") + text
    }

    /// A score or average with at most one decimal, written with the language's decimal mark.
    public static func decimal(_ value: Double, language: String) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return integer(Int(rounded), language: language) }
        let whole = Int(rounded.rounded(.towardZero))
        let tenth = Int((abs(rounded) * 10).rounded()) % 10
        let sign = rounded < 0 && whole == 0 ? "−" : ""
        return sign + integer(whole, language: language) + (language == "en" ? "." : ",") + String(tenth)
    }

    public static func percent(_ value: Double, language: String) -> String {
        decimal(value, language: language) + (language == "en" ? "%" : "\u{00A0}%")
    }
}
