import CasebookModel

/// A cell of the sheet: `form.csv:7:5` is row 7, column 5 (E), as a spreadsheet numbers
/// them, and messages name the column by its letter and header.
struct SheetLocation: Hashable {
    var file: String
    var row: Int
    /// 1-based.
    var column: Int
    var header: String

    var source: SourceLocation { SourceLocation(file: file, line: row, column: column) }

    /// `A`…`Z`, `AA`…: the column's name in spreadsheet programs.
    var letter: String {
        var number = column, name = ""
        while number > 0 {
            let digit = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            number = (number - 1) / 26
        }
        return name
    }

    func error(_ message: String) -> Diagnostic {
        .error(source, "column \(letter) \"\(header)\": \(message)")
    }

    func warning(_ message: String) -> Diagnostic {
        .warning(source, "column \(letter) \"\(header)\": \(message)")
    }
}
