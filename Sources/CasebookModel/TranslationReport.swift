/// Per language, which documents are not translated yet and which translations were made
/// from an older version of the original (their `translation_of` no longer matches).
public struct TranslationReport: Sendable {
    /// One document's state in one language.
    public struct Entry: Sendable, Hashable {
        public var kind: DocumentKind
        public var id: String
        /// The translation's file, or the original's when the translation is missing.
        public var file: String
    }

    public struct Language: Sendable {
        public var language: String
        public var missing: [Entry] = []
        /// Translated from an older original.
        public var outdated: [Entry] = []
        /// Translations without a `translation_of` fingerprint: their state is unknown.
        public var untracked: [Entry] = []
        /// Labels of casebook.yml shown in the default language for want of one in this language.
        public var defaultLabels: [Message] = []

        public var isComplete: Bool { missing.isEmpty && outdated.isEmpty && defaultLabels.isEmpty }
    }

    public var languages: [Language]
    /// The language of the originals, which labels fall back to.
    public var defaultLanguage: String

    public init(site: Site) {
        let config = site.config
        defaultLanguage = config.defaultLanguage
        var documents: [(DocumentKind, String, [String: TranslationInfo])] = []
        documents += site.cases.map { (.cases, $0.id, $0.translations.mapValues(\.info)) }
        documents += site.evaluations.map { (.evaluations, $0.id, $0.translations.mapValues(\.info)) }
        documents += site.pages.map { (.pages, $0.id, $0.translations.mapValues(\.info)) }
        documents += site.decks.map { (.slides, $0.id, $0.translations.mapValues(\.info)) }
        languages = config.languages.dropFirst().map { language in
            var report = Language(language: language)
            report.defaultLabels = config.fallbackLabels[language] ?? []
            for (kind, id, translations) in documents {
                guard let original = translations[config.defaultLanguage] else { continue }
                guard let translation = translations[language] else {
                    report.missing.append(Entry(kind: kind, id: id, file: original.file))
                    continue
                }
                let entry = Entry(kind: kind, id: id, file: translation.file)
                if let fingerprint = translation.translationOf {
                    if !TranslationFingerprint.matches(fingerprint, original) { report.outdated.append(entry) }
                } else {
                    report.untracked.append(entry)
                }
            }
            return report
        }
    }
}
