/// What the website shows of the evaluations (`evaluations.publish`).
public enum EvaluationPublishing: String, Sendable, Hashable, CaseIterable {
    /// Ranking, aggregates and every SEDP's per-criterion scores and text.
    case full
    /// Ranking and aggregates only.
    case summary
    /// No results at all.
    case none
}

/// `content/casebook.yml`: languages, titles, vocabularies and the rubric.
public struct Config: Sendable, Hashable {
    /// First = default language.
    public var languages: [String]
    public var title: [String: String]
    public var subtitle: [String: String]
    public var publisher: [String: String]
    public var edition: String?
    /// The build's date stamp, `YYYY-MM-DD`.
    public var date: String?
    /// Always ends with `/` when set.
    public var baseURL: String?
    public var theme: String

    public var regions: Vocabulary
    public var districts: Vocabulary
    public var municipalities: Vocabulary
    public var cohorts: Vocabulary
    public var sectors: Vocabulary
    public var targetGroups: Vocabulary
    public var nominations: Vocabulary

    public var rubric: Rubric
    public var publish: EvaluationPublishing
    public var printOrder: [String]
    public var pageSize: String
    /// Labels a language has not got yet, shown in the default language: language → what
    /// ("sector 'water'"), in the order casebook.yml has them.
    public var fallbackLabels: [String: [Message]] = [:]
    /// `form:`: the expert, position and date on the Expert Evaluation Forms.
    public var form = FormSettings()

    public var defaultLanguage: String { languages[0] }

    /// The region a municipality lies in (through its district).
    public func region(ofMunicipality id: String) -> VocabularyEntry? {
        municipalities[id]?.links["district"].flatMap { districts[$0] }?.links["region"].flatMap { regions[$0] }
    }

    public func district(ofMunicipality id: String) -> VocabularyEntry? {
        municipalities[id]?.links["district"].flatMap { districts[$0] }
    }

    public func cohort(ofMunicipality id: String) -> VocabularyEntry? {
        municipalities[id]?.links["cohort"].flatMap { cohorts[$0] }
    }
}
