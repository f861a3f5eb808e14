import CasebookModel

/// A case as a card in lists (home, all cases, browse and municipality pages): title, summary,
/// place, sectors and the data the filters read. Made once per case and language; its
/// template values (`templateValues(linkingFrom:)`, the one adapter) link from the page it is on.
struct CaseCard {
    var id: String
    var title: String
    var summary: String
    /// The language the card's texts are in: the list's, or the first the case has.
    var shownLanguage: String
    var listLanguage: String
    /// "In Russian" and the like, when the case is not in the list's language.
    var languageNote: String
    var municipality: String
    var region: String
    var sectors: String
    var dataSectors: String
    var dataGroups: String
    var dataRegion: String

    init(_ item: Case, language: String, site: Site, strings t: UIStrings) {
        let config = site.config
        let shown = item.translations[language] != nil ? language : config.languages.first { item.translations[$0] != nil }!
        let translation = item.translations[shown]!
        let region = config.region(ofMunicipality: item.municipality)
        id = item.id
        title = translation.title
        summary = translation.summary
        shownLanguage = shown
        listLanguage = language
        languageNote = t["in_language_\(shown)"]
        municipality = config.municipalities[item.municipality]?.label(language) ?? item.municipality
        self.region = region?.label(language) ?? ""
        sectors = item.sectors.map { config.sectors[$0]?.label(language) ?? $0 }.joined(separator: " · ")
        dataSectors = item.sectors.joined(separator: " ")
        dataGroups = item.targetGroups.joined(separator: " ")
        dataRegion = region?.id ?? ""
    }

    /// `id`, `title`, `summary`, `url` (from the page at `path` to the case's page),
    /// `other_language`, `shown_lang`, `lang_note`, `municipality`, `region`, `sectors` and the
    /// filters' `data_sectors`, `data_groups`, `data_region`.
    func templateValues(linkingFrom path: String) -> [String: Any] {
        [
            "id": id,
            "title": title,
            "summary": summary,
            "url": RelativeURL.from(path, to: PageKey.case(id).path(shownLanguage)),
            "other_language": shownLanguage != listLanguage,
            "shown_lang": shownLanguage,
            "lang_note": languageNote,
            "municipality": municipality,
            "region": region,
            "sectors": sectors,
            "data_sectors": dataSectors,
            "data_groups": dataGroups,
            "data_region": dataRegion,
        ]
    }
}
