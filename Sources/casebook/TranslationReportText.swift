import CasebookModel

/// The translation part of `check`'s output, for people, in the language of the messages.
enum TranslationReportText {
    static func render(_ report: TranslationReport, in language: MessageLanguage) -> String {
        messages(report).map { $0.rendered(in: language) }.joined(separator: "\n")
    }

    static func messages(_ report: TranslationReport) -> [Message] {
        var lines: [Message] = []
        for language in report.languages {
            if language.isComplete && language.untracked.isEmpty {
                lines.append("translations \(language.language): complete")
                continue
            }
            let count = language.defaultLabels.count
            let labels: Message = count == 0 ? "" : ", \(count) \(plural: count, "label", "labels") in \(report.defaultLanguage)"
            lines.append("translations \(language.language): \(language.missing.count) missing, \(language.outdated.count) outdated, \(language.untracked.count) without translation_of\(labels)")
            for entry in language.missing { lines.append("  missing   \(entry.kind.noun) '\(entry.id)' (original: \(entry.file))") }
            for entry in language.outdated {
                lines.append("  outdated  \(entry.file): the original changed; update it, then run: casebook translated \(entry.file)")
            }
            if !language.defaultLabels.isEmpty {
                lines.append("  labels    content/casebook.yml: no \(language.language) label for \(Message.list(language.defaultLabels))")
            }
            for entry in language.untracked {
                lines.append("  untracked \(entry.file): no translation_of; once it is current, run: casebook translated \(entry.file)")
            }
        }
        return lines
    }
}
