/// Everything loaded and validated from a casebook folder: the input of every renderer.
public struct Site: Sendable {
    public var config: Config
    /// Sorted by weight, then default-language title, then id.
    public var cases: [Case]
    public var evaluations: [Evaluation]
    /// In rank order.
    public var results: [EvaluationResult]
    public var pages: [Page]
    public var decks: [Deck]
    /// Files under `content/media/`, as paths relative to it.
    public var mediaFiles: Set<String>
    /// Media files with a problem (unreadable, too large), by path relative to content/media/.
    public var mediaProblems: [String: MediaProblem] = [:]
    /// Ids of drafts left out of this build, per kind (for helpful link messages).
    public var omittedDrafts: [DocumentKind: Set<String>]
    /// Ids of documents that exist but could not be read (their errors are already reported).
    public var unreadable: [DocumentKind: Set<String>]

    private var caseIndex: [String: Int] = [:]
    private var evaluationIndex: [String: Int] = [:]
    private var resultIndex: [String: Int] = [:]
    private var pageIndex: [String: Int] = [:]
    private var deckIndex: [String: Int] = [:]
    /// Per municipality: positions in `cases` (in case order), and of its first evaluation.
    private var casesByMunicipality: [String: [Int]] = [:]
    private var evaluationByMunicipality: [String: Int] = [:]

    public init(config: Config, cases: [Case], evaluations: [Evaluation], pages: [Page], decks: [Deck],
                mediaFiles: Set<String> = [], omittedDrafts: [DocumentKind: Set<String>] = [:],
                unreadable: [DocumentKind: Set<String>] = [:]) {
        self.config = config
        let language = config.defaultLanguage
        // Weight, then title in the default language, then id; the keys are read once, not
        // at every comparison, and the cases moved once.
        let keys = cases.map { ($0.weight, $0.translations[language]?.title ?? $0.id, $0.id) }
        self.cases = cases.indices.sorted { keys[$0] < keys[$1] }.map { cases[$0] }
        self.evaluations = evaluations.sorted { $0.id < $1.id }
        self.pages = pages.sorted { ($0.menu ?? Int.max, $0.id) < ($1.menu ?? Int.max, $1.id) }
        self.decks = decks.sorted { ($0.date ?? "", $0.id) < ($1.date ?? "", $1.id) }
        self.mediaFiles = mediaFiles
        self.omittedDrafts = omittedDrafts
        self.unreadable = unreadable
        results = ResultsCalculator.results(for: evaluations, rubric: config.rubric)
        caseIndex = Dictionary(uniqueKeysWithValues: self.cases.enumerated().map { ($1.id, $0) })
        evaluationIndex = Dictionary(uniqueKeysWithValues: self.evaluations.enumerated().map { ($1.id, $0) })
        resultIndex = Dictionary(uniqueKeysWithValues: results.enumerated().map { ($1.evaluationID, $0) })
        // Lookups every page makes; linear scans here made a build quadratic in the number of cases.
        pageIndex = Dictionary(self.pages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        deckIndex = Dictionary(self.decks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        casesByMunicipality = Dictionary(grouping: self.cases.indices, by: { self.cases[$0].municipality })
        evaluationByMunicipality = Dictionary(self.evaluations.enumerated().map { ($1.municipality, $0) },
                                              uniquingKeysWith: { first, _ in first })
    }

    public func `case`(_ id: String) -> Case? { caseIndex[id].map { cases[$0] } }
    /// Whether there is a case `id` (translated into `language`, if one is given), without
    /// copying the case: every link and every page's language switcher asks.
    public func hasCase(_ id: String, in language: String? = nil) -> Bool {
        guard let index = caseIndex[id] else { return false }
        guard let language else { return true }
        // Asks for the key only: `translations[language] != nil` copied the translation out.
        return cases[index].translations.index(forKey: language) != nil
    }
    public func evaluation(_ id: String) -> Evaluation? { evaluationIndex[id].map { evaluations[$0] } }
    public func page(_ id: String) -> Page? { pageIndex[id].map { pages[$0] } }
    public func deck(_ id: String) -> Deck? { deckIndex[id].map { decks[$0] } }
    public func result(forEvaluation id: String) -> EvaluationResult? { resultIndex[id].map { results[$0] } }

    public func evaluation(forMunicipality id: String) -> Evaluation? {
        evaluationByMunicipality[id].map { evaluations[$0] }
    }

    /// The site with `item` in place of the case with its id, for a case that changed only on
    /// its own pages (`Case.differsOnlyOnItsOwnPages`): order and indexes stay as they are.
    public func replacing(_ item: Case) -> Site? {
        guard let index = caseIndex[item.id], cases[index].differsOnlyOnItsOwnPages(from: item) else { return nil }
        var site = self
        site.cases[index] = item
        return site
    }

    /// Positions in `cases` of the municipality's cases.
    public func caseIndices(inMunicipality id: String) -> [Int] { casesByMunicipality[id, default: []] }
}
