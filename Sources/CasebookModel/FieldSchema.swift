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

    /// Each kind's fields are listed by its decoder, beside the code that reads them: a new
    /// field is added in one place.
    static func of(_ kind: DocumentKind) -> FieldSchema {
        switch kind {
        case .cases: return CaseDecoder.schema
        case .evaluations: return EvaluationDecoder.schema
        case .pages: return PageDecoder.pageSchema
        case .slides: return PageDecoder.deckSchema
        }
    }
}
