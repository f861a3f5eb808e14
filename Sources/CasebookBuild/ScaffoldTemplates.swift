import CasebookModel

/// The text of new documents: front matter with every field and a comment, body sections.
struct ScaffoldTemplates {
    var config: Config
    var id: String

    private func list(_ vocabulary: Vocabulary) -> String {
        let ids = vocabulary.ids
        return ids.count > 8 ? ids.prefix(8).joined(separator: ", ") + ", …" : ids.joined(separator: ", ")
    }

    private func draftTitle(_ language: String) -> String {
        (language == "ru" ? "Черновик: " : "Draft: ") + id
    }

    func original(_ kind: DocumentKind, language: String) -> String {
        var lines = ["---"]
        switch kind {
        case .cases:
            let municipality = config.municipalities.contains(id) ? id : (config.municipalities.ids.first ?? "")
            lines += [
                "# Shared fields (marked 'shared') are written only in this file, not in translations.",
                "title: \"\(draftTitle(language))\"   # the headline of the case",
                "summary: \"\"   # one or two sentences for lists, search and the printed contents",
                "highlights: []   # up to 5 short key results, e.g. [\"170 children attend the kindergarten\"]",
                "municipality: \(municipality)   # shared; one of: \(list(config.municipalities))",
                "sectors: [\(config.sectors.ids.first ?? "")]   # shared; one or more of: \(list(config.sectors))",
                "target_groups: [\(config.targetGroups.ids.first ?? "")]   # shared; one or more of: \(list(config.targetGroups))",
                "# year: 2022   # shared; the year the measure entered the SEDP",
                "# budget_kgs: 0   # shared; total cost in som",
                "# funding:   # shared; sources: \(Case.fundingSources.joined(separator: ", "))",
                "#   - {source: local-budget, kgs: 0}",
                "# beneficiaries: {total: 0, women: 0, men: 0, girls: 0, boys: 0, pwd: 0}   # shared",
                "# image: photo.jpg   # shared; a file in content/media/; then image_alt is required in every language",
                "# image_alt: \"\"   # what the image shows, for readers who cannot see it",
                "# evaluation: \(municipality)   # shared; the id of the related evaluation",
                "weight: 100   # shared; lower comes first",
                "draft: true   # shared; remove this line when the case is ready to publish",
            ]
        case .evaluations:
            let municipality = config.municipalities.contains(id) ? id : (config.municipalities.ids.first ?? "")
            lines += [
                "municipality: \(municipality)   # one of: \(list(config.municipalities))",
                "sedp_period: \"2022–2026\"",
                "scores:   # every criterion of the evaluation form, 0 ≤ score ≤ max",
            ]
            for criterion in config.rubric.criteria {
                lines.append("  \(criterion.id): 0   # \(criterion.labels[language] ?? criterion.id), max \(ScoreFormat.string(criterion.max))")
            }
            lines += [
                "# nomination: \(config.nominations.ids.first ?? "")   # one of: \(list(config.nominations))",
                "cases: []   # ids of cases drawn from this SEDP",
                "summary: \"\"   # the expert's one-line verdict",
                "draft: true   # remove this line when the evaluation is final",
            ]
        case .pages:
            lines += [
                "title: \"\(draftTitle(language))\"",
                "summary: \"\"",
                "# menu: 30   # place in the main navigation; leave out to keep the page out of it",
                "draft: true   # remove this line to publish",
            ]
        case .slides:
            lines += [
                "title: \"\(draftTitle(language))\"",
                "subtitle: \"\"",
                "event: \"\"",
                // Without a casebook date there is no day to suggest: a fixed one would be shown as the talk's.
                config.date.map { "date: \($0)" } ?? "# date: YYYY-MM-DD   # the day of the event",
                "draft: true   # remove this line to publish",
            ]
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + body(kind, language: language)
    }

    func translation(_ kind: DocumentKind, language: String, translationOf: String) -> String {
        var lines = ["---", "# Only the texts of this language; the shared facts are in the \(config.defaultLanguage) file."]
        switch kind {
        case .cases:
            lines += ["title: \"\(draftTitle(language))\"", "summary: \"\"", "highlights: []", "# image_alt: \"\""]
        case .evaluations:
            lines += ["summary: \"\""]
        case .pages:
            lines += ["title: \"\(draftTitle(language))\"", "summary: \"\""]
        case .slides:
            lines += ["title: \"\(draftTitle(language))\"", "subtitle: \"\"", "event: \"\""]
        }
        lines += ["translation_of: \"\(translationOf)\"   # written by casebook; refresh with: casebook translated <this file>", "---"]
        return lines.joined(separator: "\n") + "\n" + body(kind, language: language)
    }

    /// The recommended sections, in the language if known (Russian or English), else English.
    func body(_ kind: DocumentKind, language: String) -> String {
        let russian = language == "ru"
        switch kind {
        case .cases:
            let sections = russian ? ["Проблема", "Мера", "Результаты", "Как повторить"] : ["Problem", "Measure", "Results", "How to replicate"]
            return sections.map { "\n## \($0)\n\n" }.joined()
        case .evaluations:
            let sections = russian ? ["Сильные стороны", "Пробелы", "Рекомендации"] : ["Strengths", "Gaps", "Recommendations"]
            return sections.map { "\n## \($0)\n\n" }.joined()
        case .pages:
            return "\n"
        case .slides:
            return russian
                ? "\n## Первый слайд\n\n- пункт\n\n```notes\nЧто сказать на этом слайде.\n```\n\n---\n\n## Второй слайд\n\n```casebook\nchart: bands\n```\n"
                : "\n## First slide\n\n- point\n\n```notes\nWhat to say on this slide.\n```\n\n---\n\n## Second slide\n\n```casebook\nchart: bands\n```\n"
        }
    }
}
