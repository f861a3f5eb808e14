/// The check every date field (`date` of casebook.yml and of a deck, `form.date`) makes of its
/// text: written `YYYY-MM-DD`, and a day the Gregorian calendar has (`2022-06-31` is not).
enum CalendarDate {
    /// The error for `text`, the value of `key`; nil when it names a real day. `unwritten` is
    /// the key's own message for a text not written `YYYY-MM-DD`.
    static func problem(_ text: String, key: String, unwritten: Message) -> Message? {
        let bytes = Array(text.utf8)
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        let shaped = bytes.count == 10 && bytes.indices.allSatisfy { index in
            index == 4 || index == 7 ? bytes[index] == UInt8(ascii: "-") : digits.contains(bytes[index])
        }
        guard shaped, let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)),
              let day = Int(text.suffix(2)) else { return unwritten }
        guard (1...12).contains(month) else {
            return "'\(key)' is '\(text)', which is not a date: a year has 12 months"
        }
        let days = Self.days(inMonth: month, of: year)
        guard (1...days).contains(day) else {
            return "'\(key)' is '\(text)', which is not a date: \(text.prefix(7)) has \(days) \(plural: days, "day", "days")"
        }
        return nil
    }

    /// 28 to 31; February has 29 days in a year divisible by 4, except a century not divisible by 400.
    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
