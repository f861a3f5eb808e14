extension Case {
    /// Whether `other` (the same case read again) differs from this one in its bodies alone.
    /// Everything else a case has can show on other pages: titles and summaries on cards,
    /// sectors and groups in the browse pages, year, budget, funding and beneficiaries in the
    /// key figures and charts of generated blocks. A body shows on the case's own pages, in the
    /// search index and in the printable book, which the preview brings up to date itself.
    public func differsOnlyOnItsOwnPages(from other: Case) -> Bool {
        withoutBodies == other.withoutBodies
    }

    private var withoutBodies: Case {
        var copy = self
        for language in copy.translations.keys { copy.translations[language]?.info.body.text = "" }
        return copy
    }
}
