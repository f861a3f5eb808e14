/// Typed reads of one document's fields, each reported at the file it came from.
struct FieldDecoder {
    var config: Config
    var diagnostics = Diagnostics()

    init(config: Config) { self.config = config }

    mutating func read<T>(_ translation: RawTranslation, _ body: (inout NodeReader) -> T) -> T {
        var reader = NodeReader(translation.reader)
        let value = body(&reader)
        diagnostics.append(contentsOf: reader.diagnostics)
        return value
    }

    mutating func string(_ translation: RawTranslation, _ field: String) -> String? {
        guard let node = translation.fields[field] else { return nil }
        return read(translation) { $0.string(node, field) }
    }

    mutating func int(_ translation: RawTranslation, _ field: String, range: ClosedRange<Int>) -> Int? {
        guard let node = translation.fields[field] else { return nil }
        return read(translation) { $0.int(node, field, range: range) }
    }

    mutating func bool(_ translation: RawTranslation, _ field: String) -> Bool? {
        guard let node = translation.fields[field] else { return nil }
        return read(translation) { $0.bool(node, field) }
    }

    mutating func strings(_ translation: RawTranslation, _ field: String) -> [String]? {
        guard let node = translation.fields[field] else { return nil }
        return read(translation) { $0.strings(node, field) }?.map(\.0)
    }

    /// A single id that must exist in `vocabulary`.
    mutating func id(_ translation: RawTranslation, _ field: String, in vocabulary: Vocabulary) -> String? {
        guard let node = translation.fields[field] else { return nil }
        return read(translation) { reader -> String? in
            guard let id = reader.string(node, field) else { return nil }
            guard vocabulary.contains(id) else {
                reader.diagnostics.error(reader.location(node),
                                         "unknown \(vocabulary.noun) '\(id)'\(Suggestion.didYouMean(id, in: vocabulary.ids))")
                return nil
            }
            return id
        }
    }

    /// One or more ids that must exist in `vocabulary`; unknown ones are reported and dropped.
    mutating func ids(_ translation: RawTranslation, _ field: String, in vocabulary: Vocabulary) -> [String] {
        guard let node = translation.fields[field] else { return [] }
        return read(translation) { reader -> [String] in
            guard let items = reader.strings(node, field) else { return [] }
            if items.isEmpty { reader.diagnostics.error(reader.location(node), "'\(field)' needs at least one \(vocabulary.noun)") }
            var seen = Set<String>()
            return items.compactMap { id, location in
                guard vocabulary.contains(id) else {
                    reader.diagnostics.error(location, "unknown \(vocabulary.noun) '\(id)'\(Suggestion.didYouMean(id, in: vocabulary.ids))")
                    return nil
                }
                guard seen.insert(id).inserted else {
                    reader.diagnostics.warning(location, "\(vocabulary.noun) '\(id)' is listed twice")
                    return nil
                }
                return id
            }
        }
    }

    mutating func date(_ translation: RawTranslation, _ field: String) -> String? {
        guard let node = translation.fields[field], let text = string(translation, field) else { return nil }
        guard let problem = CalendarDate.problem(text, key: field, unwritten: "'\(field)' must be written YYYY-MM-DD, not '\(text)'") else {
            return text
        }
        read(translation) { $0.diagnostics.error($0.location(node), problem) }
        return nil
    }
}
