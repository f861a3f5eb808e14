/// Types merged pages and decks.
struct PageDecoder {
    /// The fields a page may have (`decodePage` reads each of them); any other is an error.
    static let pageSchema = FieldSchema(perLanguage: ["title", "summary", "translation_of"], shared: ["menu", "draft"],
                                        requiredPerLanguage: ["title"], requiredShared: [])
    /// The fields a slide deck may have (`decodeDeck` reads each of them).
    static let deckSchema = FieldSchema(perLanguage: ["title", "subtitle", "event", "translation_of"], shared: ["date", "draft"],
                                        requiredPerLanguage: ["title"], requiredShared: [])

    var fields: FieldDecoder

    mutating func decodePage(_ document: RawDocument) -> Page? {
        let primary = document.primary
        let menu = fields.int(primary, "menu", range: NumberRange.order)
        let draft = fields.bool(primary, "draft") ?? false
        var translations: [String: Page.Translation] = [:]
        for translation in document.translations {
            guard let title = fields.string(translation, "title") else { continue }
            translations[translation.language] = Page.Translation(
                info: translation.info(translationOf: fields.string(translation, "translation_of")),
                title: title, summary: fields.string(translation, "summary"))
        }
        guard !translations.isEmpty else { return nil }
        return Page(id: document.id, menu: menu, draft: draft, translations: translations, primaryFile: primary.file)
    }

    mutating func decodeDeck(_ document: RawDocument) -> Deck? {
        let primary = document.primary
        let date = fields.date(primary, "date")
        let draft = fields.bool(primary, "draft") ?? false
        var translations: [String: Deck.Translation] = [:]
        for translation in document.translations {
            guard let title = fields.string(translation, "title") else { continue }
            translations[translation.language] = Deck.Translation(
                info: translation.info(translationOf: fields.string(translation, "translation_of")),
                title: title, subtitle: fields.string(translation, "subtitle"), event: fields.string(translation, "event"))
        }
        guard !translations.isEmpty else { return nil }
        return Deck(id: document.id, date: date, draft: draft, translations: translations, primaryFile: primary.file)
    }
}
