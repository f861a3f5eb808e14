import Foundation
/// The text of one sheet cell: numbers with the sheet's decimal mark, and texts kept from
/// being read as formulas by spreadsheet programs (OWASP "CSV injection").
enum SheetCell {
    /// The characters that make a spreadsheet program read a cell as a formula.
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell: one starting like a formula gets a leading `'`, which spreadsheet
    /// programs show as text and `text(from:)` takes away again.
    static func cell(text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The text a cell holds, without the `'` that `cell(text:)` adds.
    static func text(from cell: String) -> String {
        guard cell.first == "'", let second = cell.dropFirst().first, formulaStarts.contains(second) else { return cell }
        return String(cell.dropFirst())
    }

    /// A score as the sheet shows it: `12`, `7,5` (or `7.5`), every digit it has.
    static func cell(number: Double, decimalMark: Character) -> String {
        let text = yaml(number)
        return decimalMark == "." ? text : text.replacingOccurrences(of: ".", with: String(decimalMark))
    }

    /// A score as front matter holds it: `12`, `7.5`, `7.25`.
    static func yaml(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// A number written with a decimal comma or point (`7,5`, `7.5`, `12`); nil for anything
    /// else (signs, exponents, thousands separators, two marks).
    static func number(_ cell: String) -> Double? {
        let text = cell.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ".", omittingEmptySubsequences: false)
        }
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Double(parts.joined(separator: "."))
    }
}
