/// Types a merged evaluation and checks its scores against the rubric.
struct EvaluationDecoder {
    /// The fields an evaluation may have (`decode` reads each of them); any other is an error.
    static let schema = FieldSchema(
        perLanguage: ["summary", "translation_of"],
        shared: ["municipality", "sedp_period", "scores", "nomination", "cases", "draft"],
        requiredPerLanguage: [],
        requiredShared: ["municipality", "scores"])

    var fields: FieldDecoder

    mutating func decode(_ document: RawDocument) -> Evaluation? {
        let config = fields.config
        let primary = document.primary
        let municipality = fields.id(primary, "municipality", in: config.municipalities)
        let period = fields.string(primary, "sedp_period")
        let nomination = fields.id(primary, "nomination", in: config.nominations)
        let cases = fields.strings(primary, "cases") ?? []
        let draft = fields.bool(primary, "draft") ?? false
        let scores = decodeScores(primary, rubric: config.rubric)
        var translations: [String: Evaluation.Translation] = [:]
        for translation in document.translations {
            translations[translation.language] = Evaluation.Translation(
                info: translation.info(translationOf: fields.string(translation, "translation_of")),
                summary: fields.string(translation, "summary"))
        }
        // Returned even with bad scores (already reported) so that its body is checked too.
        return Evaluation(id: document.id, municipality: municipality ?? "", sedpPeriod: period, scores: scores ?? [:],
                          nomination: nomination, cases: cases, draft: draft, translations: translations,
                          primaryFile: primary.file, fieldLocations: primary.keyLocations)
    }

    private mutating func decodeScores(_ primary: RawTranslation, rubric: Rubric) -> [String: Double]? {
        guard let node = primary.fields["scores"] else { return nil }
        return fields.read(primary) { reader -> [String: Double]? in
            guard let entries = reader.mapping(node, "'scores'") else { return nil }
            var scores: [String: Double] = [:]
            var valid = true
            for entry in entries {
                guard let criterion = rubric.criterion(entry.key) else {
                    reader.diagnostics.error(reader.location(entry.keyNode),
                                             "unknown criterion '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: rubric.criteria.map(\.id)))")
                    valid = false
                    continue
                }
                guard let score = reader.number(entry.value, "scores.\(entry.key)") else { valid = false; continue }
                if !(0...criterion.max).contains(score) {
                    // The score as written: a huge one (1e19) has no whole-number form.
                    reader.diagnostics.error(reader.location(entry.value),
                                             "score \(entry.value.text ?? "") for '\(entry.key)' is out of range 0–\(ScoreFormat.string(criterion.max))")
                    valid = false
                }
                scores[entry.key] = score
            }
            for criterion in rubric.criteria where scores[criterion.id] == nil && !entries.contains(where: { $0.key == criterion.id }) {
                reader.diagnostics.error(primary.location(of: "scores"),
                                         "missing score for criterion '\(criterion.id)' (0–\(ScoreFormat.string(criterion.max)))")
                valid = false
            }
            return valid ? scores : nil
        }
    }
}

/// Scores as people write them: `12`, `7.5`.
public enum ScoreFormat {
    public static func string(_ value: Double) -> String {
        // Scores and maxima are at most 1000; beyond Int's range `Int(value)` would trap.
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.1f", value)
    }
}
