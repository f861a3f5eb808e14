import Foundation

/// Reads one content file into a `RawTranslation`: text, front matter, known fields.
struct DocumentReader {
    var config: Config

    func read(data: Data, file: String, path: ContentPath, into diagnostics: inout Diagnostics) -> RawTranslation? {
        let language = path.language ?? config.defaultLanguage
        if !config.languages.contains(language) {
            diagnostics.error(SourceLocation(file: file),
                              "language '\(language)' is not configured in casebook.yml (languages: \(config.languages.joined(separator: ", ")))\(Suggestion.didYouMean(language, in: config.languages))")
            return nil
        }
        let text: String
        switch SourceText.decode(data, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        }
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(text, file: file) {
        case .success(let split): parts = split
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        }
        let yaml = YAMLReader(file: file, lineOffset: parts.yamlLineOffset)
        var reader = NodeReader(yaml)
        let body = MarkdownSource(text: parts.body, file: file, lineOffset: parts.bodyLineOffset)
        var translation = RawTranslation(path: path, language: language, file: file, fields: [:],
                                         keyLocations: [:], body: body, reader: yaml)
        if parts.yaml.allSatisfy(\.isWhitespace) {
            return translation
        }
        guard let root = yaml.parse(parts.yaml, into: &diagnostics) else { return nil }
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let entries = reader.mapping(root, "front matter") else { return nil }
        let schema = FieldSchema.of(path.kind)
        for entry in entries {
            let location = yaml.location(entry.keyNode)
            if schema.all.contains(entry.key) {
                if NodeReader.isNull(entry.value) { continue }
                translation.fields[entry.key] = entry.value
                translation.keyLocations[entry.key] = location
            } else {
                reader.diagnostics.error(location,
                                         "unknown field '\(entry.key)' in a \(path.kind.noun)\(Suggestion.didYouMean(entry.key, in: schema.all))",
                                         note: Suggestion.closest(to: entry.key, in: schema.all) == nil
                                            ? "a \(path.kind.noun) has the fields: \(schema.all.sorted().joined(separator: ", "))" : nil)
            }
        }
        return translation
    }
}
