/// One SEDP's evaluation: the expert's scores and text.
public struct Evaluation: Sendable, Hashable, Identifiable {
    public struct Translation: Sendable, Hashable {
        public var info: TranslationInfo
        public var summary: String?
    }

    public var id: String
    public var municipality: String
    public var sedpPeriod: String?
    /// Criterion id → score, every rubric criterion exactly once.
    public var scores: [String: Double]
    public var nomination: String?
    public var cases: [String]
    public var draft: Bool
    public var translations: [String: Translation]
    public var primaryFile: String
    /// Where each shared field was written, for later checks.
    public var fieldLocations: [String: SourceLocation] = [:]
}

/// What is computed from an evaluation's scores, never written by hand.
public struct EvaluationResult: Sendable, Hashable {
    public var evaluationID: String
    public var municipality: String
    public var total: Double
    /// 0–100.
    public var percent: Double
    public var band: String
    /// Ties share a rank: 1, 2, 2, 4.
    public var rank: Int
}
