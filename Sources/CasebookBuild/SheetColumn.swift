import Foundation
import CasebookModel

/// One column of the evaluation sheet, and its header in a language.
enum SheetColumn: Hashable {
    case id, name, district, cohort
    case score(criterion: String)
    case nomination, period
    case summary(language: String)

    /// The columns in sheet order for a configuration.
    static func all(_ config: Config) -> [SheetColumn] {
        [.id, .name, .district, .cohort] + config.rubric.criteria.map { .score(criterion: $0.id) }
            + [.nomination, .period] + config.languages.map { .summary(language: $0) }
    }

    func header(_ config: Config, language: String) -> String {
        let words = Self.words(language)
        switch self {
        case .id: return "id"
        case .name: return words.name
        case .district: return words.district
        case .cohort: return words.cohort
        case .score(let id):
            let criterion = config.rubric.criterion(id)
            return "\(criterion?.labels[language] ?? id) (\(words.max) \(ScoreFormat.string(criterion?.max ?? 0)))"
        case .nomination: return words.nomination
        case .period: return words.period
        case .summary(let code): return "\(words.summary) (\(code))"
        }
    }

    /// The column a header names, in any language the sheet may have been exported in; a
    /// criterion also by its id, with or without the `(max N)` tail.
    static func parse(_ header: String, config: Config) -> SheetColumn? {
        let text = header.trimmingCharacters(in: .whitespaces)
        let folded = text.lowercased()
        if folded == "id" { return .id }
        for words in [russian, english] {
            switch folded {
            case words.name.lowercased(): return .name
            case words.district.lowercased(): return .district
            case words.cohort.lowercased(): return .cohort
            case words.nomination.lowercased(): return .nomination
            case words.period.lowercased(): return .period
            default: break
            }
            let prefix = words.summary.lowercased() + " ("
            if folded.hasPrefix(prefix), folded.hasSuffix(")") {
                return .summary(language: String(folded.dropFirst(prefix.count).dropLast()))
            }
        }
        let name = Self.withoutMaximum(folded)
        for criterion in config.rubric.criteria
        where criterion.id == name || criterion.labels.values.contains(where: { $0.lowercased() == name }) {
            return .score(criterion: criterion.id)
        }
        return nil
    }

    /// `участие (макс. 15)` → `участие`.
    private static func withoutMaximum(_ header: String) -> String {
        guard header.hasSuffix(")"), let open = header.lastIndex(of: "(") else { return header }
        let inside = header[header.index(after: open)..<header.index(before: header.endIndex)]
        let number = inside.drop { !$0.isNumber }
        guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { return header }
        return header[..<open].trimmingCharacters(in: .whitespaces)
    }

    private struct Words {
        var name, district, cohort, nomination, period, summary, max: String
    }

    private static let russian = Words(name: "Муниципалитет", district: "Район", cohort: "Когорта", nomination: "Номинация",
                                       period: "Период ПСЭР", summary: "Краткий вывод", max: "макс.")
    private static let english = Words(name: "Municipality", district: "District", cohort: "Cohort", nomination: "Nomination",
                                       period: "SEDP period", summary: "Summary", max: "max")

    private static func words(_ language: String) -> Words { language == "ru" ? russian : english }
}
