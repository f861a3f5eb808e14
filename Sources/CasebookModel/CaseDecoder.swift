import Foundation

/// Types a merged case: shared facts from the primary file, texts from each translation.
struct CaseDecoder {
    /// The fields a case may have (`decode` reads each of them); any other is an error.
    static let schema = FieldSchema(
        perLanguage: ["title", "summary", "highlights", "image_alt", "translation_of"],
        shared: ["municipality", "sectors", "target_groups", "year", "budget_kgs", "funding",
                 "beneficiaries", "image", "evaluation", "weight", "draft"],
        requiredPerLanguage: ["title", "summary"],
        requiredShared: ["municipality", "sectors", "target_groups"])

    var fields: FieldDecoder

    mutating func decode(_ document: RawDocument) -> Case? {
        let config = fields.config
        let primary = document.primary
        let municipality = fields.id(primary, "municipality", in: config.municipalities)
        let sectors = fields.ids(primary, "sectors", in: config.sectors)
        let targetGroups = fields.ids(primary, "target_groups", in: config.targetGroups)
        let year = fields.int(primary, "year", range: NumberRange.year)
        let budget = fields.int(primary, "budget_kgs", range: NumberRange.som)
        let funding = decodeFunding(primary, budget: budget)
        let beneficiaries = decodeBeneficiaries(primary)
        let image = fields.string(primary, "image")
        let evaluation = fields.string(primary, "evaluation")
        let weight = fields.int(primary, "weight", range: NumberRange.order) ?? 0
        let draft = fields.bool(primary, "draft") ?? false
        var translations: [String: Case.Translation] = [:]
        for translation in document.translations {
            let title = fields.string(translation, "title")
            let summary = fields.string(translation, "summary")
            let highlights = fields.strings(translation, "highlights") ?? []
            if highlights.count > 5 {
                fields.read(translation) {
                    $0.diagnostics.error(translation.location(of: "highlights"),
                                         "a case has at most 5 highlights, this one has \(highlights.count)")
                }
            }
            let alt = fields.string(translation, "image_alt")
            if image != nil, alt?.isBlank ?? true {
                fields.read(translation) {
                    $0.diagnostics.error(translation.start,
                                         "case '\(document.id)' has an image but no 'image_alt' in \(translation.language); describe the image for readers who cannot see it")
                }
            }
            guard let title, let summary else { continue }
            for (field, text) in [("title", title), ("summary", summary)] where text.isBlank {
                // A draft may be unfinished; a published case may not.
                fields.read(translation) {
                    $0.diagnostics.append(Diagnostic(draft ? .warning : .error, translation.location(of: field),
                                                     "'\(field)' is empty in \(translation.language)"))
                }
            }
            translations[translation.language] = Case.Translation(
                info: translation.info(translationOf: fields.string(translation, "translation_of")),
                title: title, summary: summary, highlights: highlights, imageAlt: alt)
        }
        // A case with bad facts is still returned (its errors are reported), so that its body
        // is checked in the same run; a site with errors is never written.
        guard !translations.isEmpty else { return nil }
        return Case(id: document.id, municipality: municipality ?? "", sectors: sectors, targetGroups: targetGroups,
                    year: year, budgetKGS: budget, funding: funding, beneficiaries: beneficiaries, image: image,
                    evaluation: evaluation, weight: weight, draft: draft, translations: translations,
                    primaryFile: primary.file, fieldLocations: primary.keyLocations)
    }

    private mutating func decodeFunding(_ primary: RawTranslation, budget: Int?) -> [Case.FundingShare] {
        guard let node = primary.fields["funding"] else { return [] }
        return fields.read(primary) { reader -> [Case.FundingShare] in
            guard let items = node.items else {
                reader.diagnostics.error(reader.location(node), "'funding' must be a list of {source: …, kgs: …}")
                return []
            }
            var shares: [Case.FundingShare] = []
            for item in items {
                guard let entries = reader.mapping(item, "a funding entry") else { continue }
                var source: String?
                var kgs: Int?
                for entry in entries {
                    switch entry.key {
                    case "source":
                        source = reader.string(entry.value, "source")
                        if let value = source, !Case.fundingSources.contains(value) {
                            reader.diagnostics.error(reader.location(entry.value),
                                                     "unknown funding source '\(value)'\(Suggestion.didYouMean(value, in: Case.fundingSources))",
                                                     note: "sources: \(Case.fundingSources.joined(separator: ", "))")
                            source = nil
                        }
                    case "kgs":
                        kgs = reader.int(entry.value, "kgs", range: NumberRange.som)
                    default:
                        reader.diagnostics.error(reader.location(entry.keyNode),
                                                 "unknown key '\(entry.key)' in funding\(Suggestion.didYouMean(entry.key, in: ["source", "kgs"]))")
                    }
                }
                if let source, let kgs { shares.append(Case.FundingShare(source: source, kgs: kgs)) }
                else if entries.count > 0, source == nil || kgs == nil, !reader.diagnostics.hasErrors {
                    reader.diagnostics.error(reader.location(item), "a funding entry needs both 'source' and 'kgs'")
                }
            }
            // Each share is at most 10^15, so only a list of thousands of them could overflow.
            var sum = 0
            for share in shares {
                let (added, overflow) = sum.addingReportingOverflow(share.kgs)
                guard !overflow else {
                    reader.diagnostics.error(reader.location(node), "funding adds up to more than \(Int.max) som")
                    return []
                }
                sum = added
            }
            if let budget, !shares.isEmpty, shares.count == items.count {
                if sum != budget {
                    reader.diagnostics.warning(reader.location(node),
                                               "funding adds up to \(sum) som but budget_kgs is \(budget)")
                }
            }
            return shares
        }
    }

    private mutating func decodeBeneficiaries(_ primary: RawTranslation) -> Case.Beneficiaries? {
        guard let node = primary.fields["beneficiaries"] else { return nil }
        let keys = ["total", "women", "men", "girls", "boys", "pwd"]
        return fields.read(primary) { reader -> Case.Beneficiaries? in
            guard let entries = reader.mapping(node, "'beneficiaries'") else { return nil }
            var result = Case.Beneficiaries()
            for entry in entries {
                guard keys.contains(entry.key) else {
                    reader.diagnostics.error(reader.location(entry.keyNode),
                                             "unknown key '\(entry.key)' in beneficiaries\(Suggestion.didYouMean(entry.key, in: keys))",
                                             note: "beneficiaries has: \(keys.joined(separator: ", "))")
                    continue
                }
                let value = reader.int(entry.value, "beneficiaries.\(entry.key)", range: NumberRange.people)
                switch entry.key {
                case "total": result.total = value
                case "women": result.women = value
                case "men": result.men = value
                case "girls": result.girls = value
                case "boys": result.boys = value
                default: result.pwd = value
                }
            }
            // Counts are at most 10^8 each: the sum cannot overflow.
            let bySex = [result.women, result.men, result.girls, result.boys].compactMap { $0 }
            if let total = result.total, bySex.reduce(0, +) > total {
                reader.diagnostics.error(reader.location(node),
                                         "beneficiaries by sex (women, men, girls, boys) add up to \(bySex.reduce(0, +)), more than the total \(total)")
            }
            return result
        }
    }
}

extension String {
    /// Whether the text is empty or only `CharacterSet.whitespaces` (spaces, tabs, U+200B…):
    /// `trimmingCharacters(in: .whitespaces).isEmpty` without bridging the text to UTF-16 and
    /// building the character set on every call (2% of a build, for two fields a case).
    var isBlank: Bool {
        unicodeScalars.allSatisfy { blankScalars.contains($0) }
    }
}

private let blankScalars = CharacterSet.whitespaces
