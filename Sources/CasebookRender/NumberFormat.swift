/// Numbers as readers of each language write them, without depending on the machine's locale:
/// `1 850 000` in Russian, `1,850,000` in English.
public enum NumberFormat {
    public static func integer(_ value: Int, language: String) -> String {
        // Digits written from the right into a buffer: a fact box formats a dozen numbers and a
        // list page hundreds, so no substrings, arrays of groups or joins.
        let english = language == "en"
        var magnitude = value.magnitude
        var digitCount = 0
        var reversed: [UInt8] = []
        reversed.reserveCapacity(32)
        repeat {
            reversed.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
            digitCount += 1
        } while magnitude > 0
        // Four-digit numbers stay together in Russian typography (2022, 1500).
        let grouped = english || digitCount != 4
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digitCount * 2 + 3)
        if value < 0 { bytes += [0xE2, 0x88, 0x92] }  // U+2212 MINUS SIGN
        for position in stride(from: digitCount - 1, through: 0, by: -1) {
            bytes.append(reversed[position])
            if grouped, position > 0, position % 3 == 0 {
                if english { bytes.append(UInt8(ascii: ",")) } else { bytes += [0xC2, 0xA0] }  // U+00A0
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
