import CasebookModel

/// One municipality's row of the evaluation sheet, read and checked.
struct SheetEntry {
    var row: Int
    var municipality: String
    /// Every criterion's score; empty for a row left blank.
    var scores: [String: Double]
    /// nil when the sheet has no such column, `""` for an empty cell; otherwise an id.
    var nomination: String?
    var period: String?
    /// Language → text, for each summary column.
    var summaries: [String: String]
    /// Where each of the row's cells is, for messages about what it holds.
    var cells: [SheetColumn: SheetLocation]

    var isBlank: Bool { scores.isEmpty }
}
