import Foundation
import CasebookModel

/// The evaluation results as a table for spreadsheets: one row per evaluated SEDP, in rank
/// order, labels in one language.
public struct ResultsExporter {
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    public var site: Site
    public var language: String
    /// Whether to include one column per rubric criterion.
    public var includeCriteria: Bool

    public init(site: Site, language: String, includeCriteria: Bool = true) {
        self.site = site
        self.language = language
        self.includeCriteria = includeCriteria
    }

    /// Column keys (stable, for JSON) and their headers (in `language`, for CSV).
    public var columns: [(key: String, header: String)] {
        let english = language == "en"
        var columns: [(String, String)] = [
            ("rank", english ? "Rank" : "Место"),
            ("municipality_id", "id"),
            ("municipality", english ? "Municipality" : "Муниципалитет"),
            ("region", english ? "Region" : "Область"),
            ("district", english ? "District" : "Район"),
            ("cohort", english ? "Cohort" : "Когорта"),
        ]
        if includeCriteria {
            columns += site.config.rubric.criteria.map { criterion in
                ("score_\(criterion.id)", "\(criterion.labels[language] ?? criterion.id) (\(ScoreFormat.string(criterion.max)))")
            }
        }
        columns += [
            ("total", english ? "Total" : "Сумма баллов"),
            ("percent", english ? "Percent" : "Процент"),
            ("band", english ? "Band" : "Уровень"),
            ("nomination", english ? "Nomination" : "Номинация"),
        ]
        return columns
    }

    /// One dictionary per SEDP, keyed by column key; numbers keep a dot as decimal mark.
    public var rows: [[String: String]] {
        let config = site.config
        return site.results.map { result in
            let evaluation = site.evaluation(result.evaluationID)
            var row: [String: String] = [
                "rank": String(result.rank),
                "municipality_id": result.municipality,
                "municipality": config.municipalities[result.municipality]?.label(language) ?? result.municipality,
                "region": config.region(ofMunicipality: result.municipality)?.label(language) ?? "",
                "district": config.district(ofMunicipality: result.municipality)?.label(language) ?? "",
                "cohort": config.cohort(ofMunicipality: result.municipality)?.label(language) ?? "",
                "total": ScoreFormat.string(result.total),
                "percent": String(format: "%.1f", result.percent),
                "band": config.rubric.bands.first { $0.id == result.band }?.labels[language] ?? result.band,
                "nomination": evaluation?.nomination.flatMap { config.nominations[$0]?.label(language) } ?? "",
            ]
            if includeCriteria {
                for criterion in config.rubric.criteria {
                    row["score_\(criterion.id)"] = evaluation?.scores[criterion.id].map(ScoreFormat.string) ?? ""
                }
            }
            return row
        }
    }

    /// RFC 4180 CSV: CRLF line ends, fields quoted where needed; a byte-order mark so that
    /// spreadsheet programs read the Cyrillic as UTF-8. Text that a spreadsheet would take for
    /// a formula is neutralised (`neutralised`); the number columns stay numbers.
    public func csv() -> String {
        let columns = self.columns
        var lines = [columns.map { Self.quote(Self.neutralised($0.header)) }.joined(separator: ",")]
        for row in rows {
            lines.append(columns.map { column in
                let field = row[column.key] ?? ""
                return Self.quote(Self.isNumeric(column.key) ? field : Self.neutralised(field))
            }.joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// An array with one object per line, ending with a line end like the CSV; `[]` and a
    /// line end when nothing is ranked yet.
    public func json() -> String {
        let keys = columns.map(\.key)
        let objects = rows.map { row in
            "  {" + keys.map { key in "\(Self.jsonString(key)): \(value(key, row[key] ?? ""))" }.joined(separator: ", ") + "}"
        }
        guard !objects.isEmpty else { return "[]\n" }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private func value(_ key: String, _ text: String) -> String {
        Self.isNumeric(key) && !text.isEmpty ? text : Self.jsonString(text)
    }

    /// The columns whose cells are numbers we computed, never text from a content file.
    static func isNumeric(_ key: String) -> Bool {
        key == "rank" || key == "total" || key == "percent" || key.hasPrefix("score_")
    }

    /// A text cell that Excel or LibreOffice would run as a formula (`=HYPERLINK(…)`, `+…`,
    /// `-…`, `@…`, or one starting with a tab or carriage return) gets a leading `'`, so it
    /// shows as the text it is (OWASP, "CSV injection").
    static func neutralised(_ field: String) -> String {
        guard let first = field.utf8.first else { return field }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + field
        default: return field
        }
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func jsonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
