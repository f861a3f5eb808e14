import CasebookModel

/// The translation part of `check`'s output, for people.
enum TranslationReportText {
    static func render(_ report: TranslationReport) -> String {
        var lines: [String] = []
        for language in report.languages {
            if language.isComplete && language.untracked.isEmpty {
                lines.append("translations \(language.language): complete")
                continue
            }
            let labels = language.defaultLabels.isEmpty ? "" : ", \(language.defaultLabels.count) label\(language.defaultLabels.count == 1 ? "" : "s") in \(report.defaultLanguage)"
            lines.append("translations \(language.language): \(language.missing.count) missing, \(language.outdated.count) outdated, \(language.untracked.count) without translation_of\(labels)")
            for entry in language.missing { lines.append("  missing   \(entry.kind.noun) '\(entry.id)' (original: \(entry.file))") }
            for entry in language.outdated {
                lines.append("  outdated  \(entry.file): the original changed; update it, then run: casebook translated \(entry.file)")
            }
            if !language.defaultLabels.isEmpty {
                lines.append("  labels    content/casebook.yml: no \(language.language) label for \(language.defaultLabels.joined(separator: ", "))")
            }
            for entry in language.untracked {
                lines.append("  untracked \(entry.file): no translation_of; once it is current, run: casebook translated \(entry.file)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
