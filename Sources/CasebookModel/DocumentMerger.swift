import CasebookSupport

/// Groups the files of one kind by id, picks the primary file of each document and checks
/// the shared-field rule: written once, and equal wherever a translation repeats it.
struct DocumentMerger {
    var config: Config

    func merge(_ files: [RawTranslation], kind: DocumentKind, into diagnostics: inout Diagnostics) -> [RawDocument] {
        var byID: [String: [String: RawTranslation]] = [:]
        for file in files.sorted(by: { $0.file < $1.file }) {
            if let existing = byID[file.path.id]?[file.language] {
                diagnostics.error(SourceLocation(file: file.file),
                                  "duplicate \(kind.noun) '\(file.path.id)' in \(file.language): \(existing.file) is the same document",
                                  note: "a file without a language part is in the default language (\(config.defaultLanguage))")
                continue
            }
            byID[file.path.id, default: [:]][file.language] = file
        }
        let languages = config.languages
        let documents = byID.keys.sorted().compactMap { id -> RawDocument? in
            let present = byID[id]!
            let ordered = languages.compactMap { present[$0] }
            guard let primary = ordered.first else { return nil }
            return RawDocument(kind: kind, id: id, primary: primary, translations: ordered)
        }
        // Checked on every core (a casebook has thousands of cases); diagnostics in document order.
        let fields = SortedFields(FieldSchema.of(kind))
        for found in Concurrently.map(documents.count, { index -> Diagnostics in
            var found = Diagnostics()
            check(documents[index], fields: fields, into: &found)
            return found
        }) {
            diagnostics.append(contentsOf: found)
        }
        return documents
    }

    /// A schema's field lists in the order their diagnostics are reported.
    private struct SortedFields {
        var requiredShared: [String]
        var requiredPerLanguage: [String]
        var shared: [String]

        init(_ schema: FieldSchema) {
            requiredShared = schema.requiredShared.sorted()
            requiredPerLanguage = schema.requiredPerLanguage.sorted()
            shared = schema.shared.sorted()
        }
    }

    private func check(_ document: RawDocument, fields schema: SortedFields, into diagnostics: inout Diagnostics) {
        let primary = document.primary
        for field in schema.requiredShared where primary.fields[field] == nil {
            diagnostics.error(primary.start, "\(document.kind.noun) '\(document.id)' has no '\(field)'")
        }
        if primary.language == config.defaultLanguage, primary.fields["translation_of"] != nil {
            diagnostics.error(primary.location(of: "translation_of"),
                              "'translation_of' belongs only in a translation, not in the \(config.defaultLanguage) original")
        }
        for translation in document.translations {
            for field in schema.requiredPerLanguage where translation.fields[field] == nil {
                diagnostics.error(translation.start, "\(document.kind.noun) '\(document.id)' has no '\(field)' in \(translation.language)")
            }
            guard translation.file != primary.file else { continue }
            for field in schema.shared {
                guard let value = translation.fields[field] else { continue }
                guard let original = primary.fields[field] else {
                    diagnostics.error(translation.location(of: field),
                                      "shared field '\(field)' is set here but not in \(primary.file)",
                                      note: "shared fields are written once, in the \(primary.language) file")
                    continue
                }
                if NodeReader.canonical(value) != NodeReader.canonical(original) {
                    diagnostics.error(translation.location(of: field),
                                      "shared field '\(field)' differs from \(primary.location(of: field))",
                                      note: "shared fields must be the same in every translation; write them once, in the \(primary.language) file")
                }
            }
        }
    }
}
