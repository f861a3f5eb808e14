import CasebookModel
import Foundation

/// The sheet the expert fills in: one row per municipality in casebook.yml order (id, name,
/// district, cohort), one column per rubric criterion with its maximum in the header, the
/// nomination, the SEDP period and a summary column per language. Rows of municipalities
/// already evaluated are filled in from their evaluation files; `EvaluationImporter` reads
/// the sheet back.
public struct EvaluationSheet {
    public var site: Site
    /// The language of headers, names and nominations.
    public var language: String

    public init(site: Site, language: String) {
        self.site = site
        self.language = language
    }

    /// Header row first; cells as the sheet shows them (numbers with `decimalMark`).
    func rows(decimalMark: Character) -> [[String]] {
        let config = site.config
        let columns = SheetColumn.all(config)
        var rows = [columns.map { $0.header(config, language: language) }]
        for municipality in config.municipalities.entries {
            let evaluation = site.evaluation(forMunicipality: municipality.id)
            rows.append(columns.map { column -> String in
                switch column {
                case .id: return municipality.id
                case .name: return SheetCell.cell(text: municipality.label(language))
                case .district: return SheetCell.cell(text: config.district(ofMunicipality: municipality.id)?.label(language) ?? "")
                case .cohort: return SheetCell.cell(text: config.cohort(ofMunicipality: municipality.id)?.label(language) ?? "")
                case .score(let criterion):
                    return evaluation?.scores[criterion].map { SheetCell.cell(number: $0, decimalMark: decimalMark) } ?? ""
                case .nomination:
                    return SheetCell.cell(text: evaluation?.nomination.flatMap { config.nominations[$0]?.label(language) } ?? "")
                case .period: return SheetCell.cell(text: evaluation?.sedpPeriod ?? "")
                case .summary(let code): return SheetCell.cell(text: evaluation?.translations[code]?.summary ?? "")
                }
            })
        }
        return rows
    }

    /// The sheet as CSV: UTF-8 with a byte-order mark, CRLF line ends, `delimiter` between
    /// fields and its decimal mark in numbers.
    public func csv(delimiter: SheetDelimiter) throws -> Data {
        try SheetCSV.encode(rows(decimalMark: delimiter.decimalMark), delimiter: delimiter)
    }
}
