/// The interface texts of one language, from `themes/<name>/strings/<lang>.yml`, with CLDR
/// plural forms: `cases_count: {one: "{n} кейс", few: "{n} кейса", many: "{n} кейсов"}`.
public struct UIStrings: Sendable, Hashable {
    public var language: String
    public var texts: [String: String]
    public var plurals: [String: [String: String]]

    public init(language: String, texts: [String: String] = [:], plurals: [String: [String: String]] = [:]) {
        self.language = language
        self.texts = texts
        self.plurals = plurals
    }

    public subscript(key: String) -> String { texts[key] ?? key }

    /// `count(5, "cases_count")` → "5 кейсов"; `{n}` is replaced by the formatted number.
    public func count(_ n: Int, _ key: String) -> String {
        let forms = plurals[key] ?? [:]
        let category = PluralRules.category(n, language: language)
        let form = forms[category] ?? forms["other"] ?? forms["many"] ?? texts[key] ?? "{n} \(key)"
        return form.replacingOccurrences(of: "{n}", with: NumberFormat.integer(n, language: language))
    }

    /// Fills in every key these strings lack from `fallback` (the same language's, or another's);
    /// returns the keys that were missing, sorted.
    mutating func fill(from fallback: UIStrings) -> [String] {
        var missing: [String] = []
        for (key, value) in fallback.texts where texts[key] == nil && plurals[key] == nil {
            texts[key] = value
            missing.append(key)
        }
        for (key, value) in fallback.plurals where plurals[key] == nil && texts[key] == nil {
            // Another language's plural forms cannot be reused; keep its "other" form.
            plurals[key] = fallback.language == language ? value
                : ["other": value["other"] ?? value["many"] ?? value.values.sorted().first ?? key]
            missing.append(key)
        }
        return missing.sorted()
    }

    /// A dictionary for templates: `{{t.cases}}`.
    var templateValue: [String: String] { texts }
}
