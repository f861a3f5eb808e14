import CasebookModel

/// What goes into one language's printed book, in the order of `print.order`: the parts that
/// exist in this build, the cases translated into the language, and what was left out.
struct PrintBookPlan {
    /// One entry of `print.order` that made it into the book.
    enum Part: Equatable {
        case page(String)
        case cases
        case results
        case evaluations
    }

    var parts: [Part] = []
    /// The cases of the book, in the casebook's order (weight, then title).
    var cases: [Case] = []
    /// Cases with no translation into the book's language: listed in a note, not printed.
    var untranslatedCases: [Case] = []
    /// Pages named in `print.order` that exist but have no translation into the language.
    var untranslatedPages: [Page] = []
    /// The evaluations of the book, in rank order.
    var evaluations: [Evaluation] = []

    init(site: Site, language: String) {
        var seen = Set<String>()
        for entry in site.config.printOrder where seen.insert(entry).inserted {
            switch entry {
            case "cases":
                parts.append(.cases)
                cases = site.cases.filter { $0.translations[language] != nil }
                untranslatedCases = site.cases.filter { $0.translations[language] == nil }
            // The book shows what the website shows of the evaluations (`evaluations.publish`).
            case "results" where site.config.publish != .none:
                parts.append(.results)
            case "evaluations" where site.config.publish == .full && !site.results.isEmpty:
                parts.append(.evaluations)
                evaluations = site.results.compactMap { site.evaluation($0.evaluationID) }
            default:
                // Absent pages are skipped: the default order names pages a casebook may not have.
                guard entry.hasPrefix("pages/"), let page = site.page(String(entry.dropFirst("pages/".count))) else { continue }
                if page.translations[language] != nil {
                    parts.append(.page(page.id))
                } else {
                    untranslatedPages.append(page)
                }
            }
        }
    }

    /// The id of the book's element that stands for a page of the website, if the book has it.
    func anchor(for key: PageKey) -> String? {
        switch key {
        case .case(let id) where cases.contains { $0.id == id }: return Self.anchor(case: id)
        case .casesIndex where parts.contains(.cases): return "part-cases"
        case .results where parts.contains(.results): return "part-results"
        case .page(let id) where parts.contains(.page(id)): return Self.anchor(page: id)
        case .municipality(let id):
            return evaluations.first { $0.municipality == id }.map { Self.anchor(evaluation: $0.id) }
        default: return nil
        }
    }

    static func anchor(case id: String) -> String { "case-\(id)" }
    static func anchor(page id: String) -> String { "page-\(id)" }
    static func anchor(evaluation id: String) -> String { "evaluation-\(id)" }

    /// Every website page the book holds, for turning links to them into links inside the book.
    func pageKeys() -> [PageKey] {
        var keys: [PageKey] = cases.map { .case($0.id) }
        for part in parts {
            switch part {
            case .page(let id): keys.append(.page(id))
            case .cases: keys.append(.casesIndex)
            case .results: keys.append(.results)
            case .evaluations: keys += evaluations.map { .municipality($0.municipality) }
            }
        }
        return keys
    }
}
