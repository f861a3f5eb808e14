/// Which front-matter fields a kind of document has, and which of them are per language.
struct FieldSchema {
    var perLanguage: Set<String>
    var shared: Set<String>
    var requiredPerLanguage: Set<String>
    var requiredShared: Set<String>

    /// Every field of the kind.
    let all: Set<String>

    init(perLanguage: Set<String>, shared: Set<String>, requiredPerLanguage: Set<String>, requiredShared: Set<String>) {
        self.perLanguage = perLanguage
        self.shared = shared
        self.requiredPerLanguage = requiredPerLanguage
        self.requiredShared = requiredShared
        all = perLanguage.union(shared)
    }

    /// Made once: every file asks for its kind's schema.
    static func of(_ kind: DocumentKind) -> FieldSchema {
        switch kind {
        case .cases: return cases
        case .evaluations: return evaluations
        case .pages: return pages
        case .slides: return slides
        }
    }

    private static let cases = make(.cases)
    private static let evaluations = make(.evaluations)
    private static let pages = make(.pages)
    private static let slides = make(.slides)

    private static func make(_ kind: DocumentKind) -> FieldSchema {
        switch kind {
        case .cases:
            return FieldSchema(
                perLanguage: ["title", "summary", "highlights", "image_alt", "translation_of"],
                shared: ["municipality", "sectors", "target_groups", "year", "budget_kgs", "funding",
                         "beneficiaries", "image", "evaluation", "weight", "draft"],
                requiredPerLanguage: ["title", "summary"],
                requiredShared: ["municipality", "sectors", "target_groups"])
        case .evaluations:
            return FieldSchema(
                perLanguage: ["summary", "translation_of"],
                shared: ["municipality", "sedp_period", "scores", "nomination", "cases", "draft"],
                requiredPerLanguage: [],
                requiredShared: ["municipality", "scores"])
        case .pages:
            return FieldSchema(perLanguage: ["title", "summary", "translation_of"], shared: ["menu", "draft"],
                               requiredPerLanguage: ["title"], requiredShared: [])
        case .slides:
            return FieldSchema(perLanguage: ["title", "subtitle", "event", "translation_of"], shared: ["date", "draft"],
                               requiredPerLanguage: ["title"], requiredShared: [])
        }
    }
}
