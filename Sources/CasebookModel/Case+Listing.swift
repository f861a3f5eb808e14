extension Case {
    /// Whether `other` (the same case read again) looks the same everywhere but on the case's
    /// own pages: same id, place, sectors, groups, order, draft state, image, evaluation,
    /// languages, titles and summaries. Then only the case's pages (and the search index) change:
    /// a new body, highlights, facts (year, budget, funding, beneficiaries) or image text.
    public func differsOnlyOnItsOwnPages(from other: Case) -> Bool {
        id == other.id && municipality == other.municipality && sectors == other.sectors
            && targetGroups == other.targetGroups && image == other.image && evaluation == other.evaluation
            && weight == other.weight && draft == other.draft && primaryFile == other.primaryFile
            && translations.keys.sorted() == other.translations.keys.sorted()
            && translations.allSatisfy { language, translation in
                let theirs = other.translations[language]
                return translation.title == theirs?.title && translation.summary == theirs?.summary
                    && translation.info.file == theirs?.info.file
            }
    }
}
