/// One file's front matter, read but not yet typed.
struct RawTranslation {
    var path: ContentPath
    var language: String
    var file: String
    var fields: [String: YAMLNode]
    var keyLocations: [String: SourceLocation]
    var body: MarkdownSource
    var reader: YAMLReader

    var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    func location(of field: String) -> SourceLocation { keyLocations[field] ?? start }

    func info(translationOf: String?) -> TranslationInfo {
        var texts: [String: String] = [:]
        for field in FieldSchema.of(path.kind).perLanguage where field != "translation_of" {
            if let node = fields[field] { texts[field] = NodeReader.canonical(node) }
        }
        return TranslationInfo(language: language, file: file, body: body, translationOf: translationOf, texts: texts)
    }
}

/// All translations of one document id, with the shared fields taken from the primary file.
struct RawDocument {
    var kind: DocumentKind
    var id: String
    /// The default-language file, or the file of the first configured language present.
    var primary: RawTranslation
    /// In configured-language order, primary included.
    var translations: [RawTranslation]

    func shared(_ field: String) -> YAMLNode? { primary.fields[field] }
}
