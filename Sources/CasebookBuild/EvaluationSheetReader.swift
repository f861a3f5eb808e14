import CasebookModel
import Foundation

/// Reads a filled-in evaluation sheet against the site: every bad cell is a diagnostic named
/// by row and column, all of them collected before anything is decided.
struct EvaluationSheetReader {
    var site: Site
    /// The sheet's path as the user gave it, for messages.
    var file: String

    func read(_ data: Data) -> (entries: [SheetEntry], diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let rows: [(number: Int, cells: [String])]
        switch SheetCSV.decode(data) {
        case .success(let decoded): rows = decoded
        case .failure(let problem):
            diagnostics.error(SourceLocation(file: file), problem.message)
            return ([], diagnostics)
        }
        guard let header = rows.first else {
            diagnostics.error(SourceLocation(file: file), "the sheet is empty; export one with 'casebook export form'")
            return ([], diagnostics)
        }
        let columns = readHeader(header, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        var entries: [SheetEntry] = []
        var rowOfMunicipality: [String: Int] = [:]
        for row in rows.dropFirst() {
            if let entry = readRow(row, columns: columns, header: header, seen: &rowOfMunicipality, diagnostics: &diagnostics) {
                entries.append(entry)
            }
        }
        return (entries, diagnostics)
    }

    /// Column index → column; unknown columns are ignored with a warning.
    private func readHeader(_ header: (number: Int, cells: [String]), diagnostics: inout Diagnostics) -> [Int: SheetColumn] {
        let config = site.config
        var columns: [Int: SheetColumn] = [:]
        var seen: [SheetColumn: Int] = [:]
        for (index, text) in header.cells.enumerated() {
            let location = SheetLocation(file: file, row: header.number, column: index + 1, header: text)
            guard let column = SheetColumn.parse(text, config: config) else {
                if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.append(location.warning("not a column of the evaluation sheet; ignored"))
                }
                continue
            }
            if case .summary(let language) = column, !config.languages.contains(language) {
                diagnostics.append(location.error("'\(language)' is not a configured language (\(config.languages.joined(separator: ", ")))"))
                continue
            }
            if let earlier = seen[column] {
                diagnostics.append(location.error("the same column as column \(SheetLocation(file: file, row: 0, column: earlier + 1, header: "").letter)"))
                continue
            }
            seen[column] = index
            columns[index] = column
        }
        let start = SourceLocation(file: file, line: header.number, column: 1)
        if seen[.id] == nil {
            diagnostics.error(start, "no \"id\" column: the sheet must keep the municipality ids of 'casebook export form'")
        }
        for criterion in config.rubric.criteria where seen[.score(criterion: criterion.id)] == nil {
            let expected = SheetColumn.score(criterion: criterion.id).header(config, language: config.defaultLanguage)
            diagnostics.error(start, "no column for criterion '\(criterion.id)' (\"\(expected)\")")
        }
        return columns
    }

    /// `seen`: the row of each municipality met so far.
    private func readRow(_ row: (number: Int, cells: [String]), columns: [Int: SheetColumn], header: (number: Int, cells: [String]),
                         seen: inout [String: Int], diagnostics: inout Diagnostics) -> SheetEntry? {
        let config = site.config
        var entry = SheetEntry(row: row.number, municipality: "", scores: [:], summaries: [:], cells: [:])
        var texts: [SheetColumn: String] = [:]
        for (index, column) in columns {
            entry.cells[column] = SheetLocation(file: file, row: row.number, column: index + 1, header: header.cells[index])
            texts[column] = SheetCell.text(from: index < row.cells.count ? row.cells[index] : "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var valid = true
        for (column, text) in texts {
            if let bad = text.unicodeScalars.first(where: Self.isForbidden) {
                diagnostics.append(entry.cells[column]!.error(String(format: "contains the control character U+%04X; delete it", bad.value)))
                valid = false
            }
        }
        let idLocation = entry.cells[.id]!
        let id = texts[.id] ?? ""
        guard !id.isEmpty else {
            diagnostics.append(idLocation.error("no municipality id; copy it from the exported sheet"))
            return nil
        }
        guard config.municipalities.contains(id) else {
            let byName = config.municipalities.entries.first { $0.labels.values.contains(id) }?.id
            let hint = byName.map { " (did you mean '\($0)'?)" } ?? Suggestion.didYouMean(id, in: config.municipalities.ids)
            diagnostics.append(idLocation.error("unknown municipality '\(id)'\(hint)"))
            return nil
        }
        if let earlier = seen[id] {
            diagnostics.append(idLocation.error("municipality '\(id)' is already on row \(earlier)"))
            return nil
        }
        seen[id] = row.number
        // A sort of some columns only would pair one municipality's id with another's scores.
        if let name = texts[.name], !name.isEmpty, config.municipalities[id]?.labels.values.contains(name) == false,
           let other = config.municipalities.entries.first(where: { $0.labels.values.contains(name) }) {
            diagnostics.append(entry.cells[.name]!.error("'\(name)' is the name of '\(other.id)', not of '\(id)': were the rows sorted without the id column?"))
            valid = false
        }
        entry.municipality = id
        let filled = texts.contains { column, text in
            switch column {
            case .id, .name, .district, .cohort: return false
            default: return !text.isEmpty
            }
        }
        guard filled || site.evaluation(forMunicipality: id) != nil else { return valid ? entry : nil }

        for criterion in config.rubric.criteria {
            let column = SheetColumn.score(criterion: criterion.id)
            guard let location = entry.cells[column] else { continue }
            let text = texts[column] ?? ""
            let range = "0–\(ScoreFormat.string(criterion.max))"
            if text.isEmpty {
                diagnostics.append(location.error("missing score for criterion '\(criterion.id)' (\(range))"))
            } else if let score = SheetCell.number(text) ?? (text.hasPrefix("-") ? SheetCell.number(String(text.dropFirst())).map { -$0 } : nil) {
                if !(0...criterion.max).contains(score) {
                    diagnostics.append(location.error("score \(text) is out of range \(range)"))
                } else {
                    entry.scores[criterion.id] = score
                    continue
                }
            } else {
                diagnostics.append(location.error("'\(text)' is not a number (write a score such as 7 or 7,5)"))
            }
            valid = false
        }
        if let text = texts[.nomination] {
            if let nomination = nomination(text) {
                entry.nomination = nomination
            } else {
                let candidates = config.nominations.entries.flatMap { [$0.id] + $0.labels.values }
                diagnostics.append(entry.cells[.nomination]!.error("unknown nomination '\(text)'\(Suggestion.didYouMean(text, in: candidates))"))
                valid = false
            }
        }
        entry.period = texts[.period]
        for language in config.languages {
            if let text = texts[.summary(language: language)] { entry.summaries[language] = text }
        }
        return valid ? entry : nil
    }

    /// `""` for an empty cell, the id for an id or a label in any language, nil otherwise.
    private func nomination(_ text: String) -> String? {
        if text.isEmpty { return "" }
        let folded = text.lowercased()
        return site.config.nominations.entries.first { entry in
            entry.id == folded || entry.labels.values.contains { $0.lowercased() == folded }
        }?.id
    }

    /// Characters front matter may not hold; line breaks and tabs are written as escapes.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return false }
        return scalar.properties.generalCategory == .control || [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value)
    }
}
