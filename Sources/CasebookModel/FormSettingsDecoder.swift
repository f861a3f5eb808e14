/// Reads `form:` of casebook.yml into `FormSettings`, reporting every problem where it is
/// written: unknown keys (with a suggestion), a missing language, a date not `YYYY-MM-DD`.
struct FormSettingsDecoder {
    static let keys: Set<String> = ["expert", "position", "date"]

    static func decode(_ node: YAMLNode?, languages: [String], reader: inout NodeReader) -> FormSettings {
        var settings = FormSettings()
        guard let node, let fields = reader.mapping(node, "form") else { return settings }
        for field in fields {
            switch field.key {
            case "expert", "position":
                let texts = textPerLanguage(field.value, "form.\(field.key)", languages: languages, reader: &reader)
                if field.key == "expert" { settings.expert = texts } else { settings.position = texts }
            case "date":
                guard let text = reader.string(field.value, "form.date") else { continue }
                if let problem = CalendarDate.problem(text, key: "form.date", unwritten: "form.date must be written YYYY-MM-DD, not '\(text)'") {
                    reader.diagnostics.error(reader.location(field.value), problem)
                } else {
                    settings.date = text
                }
            default:
                reader.diagnostics.error(reader.location(field.keyNode),
                                         "unknown key '\(field.key)' in form\(Suggestion.didYouMean(field.key, in: keys))")
            }
        }
        return settings
    }

    /// One text for every language (`expert: "Aigul Sadykova"`), or one per language
    /// (`expert: {ru: "Айгуль Садыкова", en: "Aigul Sadykova"}`).
    private static func textPerLanguage(_ node: YAMLNode, _ what: String, languages: [String],
                                        reader: inout NodeReader) -> [String: String] {
        if case .mapping = node.content {
            return reader.labels(node, Message(verbatim: what), languages: languages, fallback: true) ?? [:]
        }
        guard let text = reader.string(node, what) else { return [:] }
        return Dictionary(uniqueKeysWithValues: languages.map { ($0, text) })
    }
}
