import CasebookModel
import CasebookSupport

/// A case as the outputs show it, made once per case and language and shared by the website's
/// case page and the printable book's chapter: its texts, image, fact box and its SEDP's
/// result. Templates get it through `templateValues(_:)`, the one adapter.
///
/// A new field of a case: the model type (`Case`), the decoder (`CaseDecoder`: its known
/// fields and the line that reads it), a property here and its template value, and the template.
struct CasePageModel {
    var id: String
    var language: String
    var title: String
    var summary: String
    var highlights: [String]
    /// "Municipality, region".
    var place: String
    /// The image's path under content/media/ and its alternative text.
    var image: (path: String, alt: String)?
    var factBox: CaseFactBox
    var evaluation: Evaluation?

    /// The SEDP evaluation a case belongs to, and its result where the ranking is published.
    struct Evaluation {
        var id: String
        var municipality: String
        var name: String
        /// "total / maximum".
        var score: String?
        var band: String?
        var bandID: String?
        var rank: String?
        var nomination: String?
        /// The evaluation's summary in the page's language.
        var summary: String?
    }

    /// Where the values are shown, which decides their links.
    enum Links {
        /// A page of the website at this path: links to the website's pages.
        case page(String)
        /// The printable book at this path; the evaluation's chapter in it, if it has one.
        case book(String, evaluationAnchor: String?)
    }

    init(_ item: Case, language: String, site: Site, strings: UIStrings) {
        let config = site.config
        let translation = item.translations[language]!
        id = item.id
        self.language = language
        title = translation.title
        summary = translation.summary
        highlights = translation.highlights
        place = [config.municipalities[item.municipality]?.label(language), config.region(ofMunicipality: item.municipality)?.label(language)]
            .compactMap { $0 }.joined(separator: ", ")
        if let image = item.image, case .success(let relative) = MediaPath.resolve(image) {
            self.image = (relative, translation.imageAlt ?? "")
        }
        factBox = CaseFactBox(item, site: site, strings: strings, language: language)
        if let evaluationID = item.evaluation, let evaluation = site.evaluation(evaluationID) {
            var related = Evaluation(id: evaluation.id, municipality: evaluation.municipality,
                                     name: config.municipalities[evaluation.municipality]?.label(language) ?? evaluation.municipality)
            if config.publish != .none, let result = site.result(forEvaluation: evaluation.id) {
                related.score = "\(NumberFormat.decimal(result.total, language: language)) / \(NumberFormat.decimal(config.rubric.maxTotal, language: language))"
                related.band = config.rubric.bands.first { $0.id == result.band }?.labels[language] ?? result.band
                related.bandID = result.band
                related.rank = String(result.rank)
                related.nomination = evaluation.nomination.map { config.nominations[$0]?.label(language) ?? $0 }
                related.summary = evaluation.translations[language]?.summary
            }
            self.evaluation = related
        }
    }

    /// Template values `title`, `summary`, `highlights`, `has_highlights`, `image` (`url`,
    /// `alt`), the fact box's (see `CaseFactBox`) and `evaluation`; in the book also `place`.
    func templateValues(_ links: Links) -> [String: Any] {
        let path: String
        switch links {
        case .page(let page): path = page
        case .book(let book, _): path = book
        }
        var values: [String: Any] = [
            "title": title,
            "summary": summary,
            "highlights": highlights,
            "has_highlights": !highlights.isEmpty,
        ]
        if let image { values["image"] = ["url": RelativeURL.from(path, to: "media/\(image.path)").percentEncodedPath, "alt": image.alt] }
        if case .book = links { values["place"] = place }
        let linked: String?
        if case .page(let page) = links { linked = page } else { linked = nil }
        for (name, value) in factBox.templateValues(linkingFrom: linked) { values[name] = value }
        if let evaluation { values["evaluation"] = evaluation.templateValues(links, language: language) }
        return values
    }
}

extension CasePageModel.Evaluation {
    /// `name`, the result's `score`, `band`, `band_id`, `rank` and `nomination`; on the website
    /// its page's `url` and the evaluation's `summary`, in the book whether it is `linked` to a
    /// chapter and its `target`.
    func templateValues(_ links: CasePageModel.Links, language: String) -> [String: Any] {
        var values: [String: Any] = ["name": name]
        switch links {
        case .page(let path):
            values["url"] = RelativeURL.from(path, to: PageKey.municipality(municipality).path(language))
        case .book(_, let anchor):
            // Set either way: a missing key would be looked up in the case around it.
            values["linked"] = anchor != nil
            if let anchor { values["target"] = anchor }
        }
        if let score, let band, let bandID, let rank {
            values["score"] = score
            values["band"] = band
            values["band_id"] = bandID
            values["rank"] = rank
            if let nomination { values["nomination"] = nomination }
            if case .page = links, let summary { values["summary"] = summary }
        }
        return values
    }
}
