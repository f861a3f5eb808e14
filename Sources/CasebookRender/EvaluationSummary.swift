import CasebookModel

/// An SEDP's evaluation as the outputs show it, made once per evaluation and language and
/// shared by the municipality's page and the printable book's chapter: the result, the
/// scores by criterion and the expert's verdict. Templates get it through `templateValues(_:)`.
struct EvaluationSummary {
    var total: String
    var max: String
    var percent: String
    var percentWidth: String
    var band: String
    var bandID: String
    var rank: String
    /// How many SEDPs are ranked.
    var of: String
    var period: String?
    var nomination: String?
    /// Whether the scores and the expert's text are published (`evaluations.publish: full`).
    var full: Bool
    var verdict: String?
    /// The language of the expert's text, when it is not the page's.
    var textLanguage: String?
    var textLanguageNote: String?
    /// Per criterion: `label`, `score`, `max`, `average`, `width`, `average_width`.
    var scores: [[String: String]]

    /// Where the values are shown.
    enum Place { case website, book }

    init(_ evaluation: Evaluation, result: EvaluationResult, language: String, site: Site, statistics: SiteStatistics,
         strings t: UIStrings) {
        let config = site.config
        total = NumberFormat.decimal(result.total, language: language)
        max = NumberFormat.decimal(config.rubric.maxTotal, language: language)
        percent = NumberFormat.percent(result.percent, language: language)
        percentWidth = String(Int(result.percent.rounded()))
        band = config.rubric.bands.first { $0.id == result.band }?.labels[language] ?? result.band
        bandID = result.band
        rank = String(result.rank)
        of = String(site.results.count)
        period = evaluation.sedpPeriod
        nomination = evaluation.nomination.map { config.nominations[$0]?.label(language) ?? $0 }
        full = config.publish == .full
        let (translation, shown) = evaluation.translations[language].map { ($0, language) }
            ?? config.languages.compactMap { lang in evaluation.translations[lang].map { ($0, lang) } }.first!
        verdict = translation.summary
        if shown != language {
            textLanguage = shown
            textLanguageNote = t["text_in_language_\(shown)"]
        }
        let averages = Dictionary(uniqueKeysWithValues: statistics.criterionAveragePercent.map { ($0.id, $0.average) })
        scores = config.rubric.criteria.map { criterion -> [String: String] in
            let score = evaluation.scores[criterion.id] ?? 0
            return [
                "label": criterion.labels[language] ?? criterion.id,
                "score": NumberFormat.decimal(score, language: language),
                "max": NumberFormat.decimal(criterion.max, language: language),
                "average": NumberFormat.decimal(averages[criterion.id] ?? 0, language: language),
                "width": String(Int((score / criterion.max * 100).rounded())),
                "average_width": String(Int(((averages[criterion.id] ?? 0) / criterion.max * 100).rounded())),
            ]
        }
    }

    /// Template values `total`, `max`, `percent`, `band`, `band_id`, `rank`, `of`, `period`,
    /// `nomination`; with the full evaluation `verdict`, `scores`, `body_lang` and
    /// `body_lang_note`. The website's page also gets `percent_width` and `verdict_lang` (and
    /// `period` even when empty); the book's chapter only what is there.
    func templateValues(_ place: Place) -> [String: Any] {
        var values: [String: Any] = [
            "total": total, "max": max, "percent": percent, "band": band, "band_id": bandID, "rank": rank, "of": of,
        ]
        if let nomination { values["nomination"] = nomination }
        switch place {
        case .website:
            values["percent_width"] = percentWidth
            values["period"] = period ?? ""
        case .book:
            if let period { values["period"] = period }
        }
        guard full else { return values }
        if let verdict { values["verdict"] = verdict }
        if let textLanguage {
            if place == .website { values["verdict_lang"] = textLanguage }
            values["body_lang"] = textLanguage
            values["body_lang_note"] = textLanguageNote
        }
        values["scores"] = scores
        return values
    }
}
