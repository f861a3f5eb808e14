import CasebookModel

extension WebsiteRenderer {
    mutating func renderCases(_ language: String) {
        let t = strings(language)
        let config = site.config
        let indexPath = PageKey.casesIndex.path(language)
        let options: (Vocabulary, [String]) -> [[String: String]] = { vocabulary, used in
            vocabulary.entries.filter { used.contains($0.id) }.map { ["id": $0.id, "label": $0.label(language)] }
        }
        let usedRegions = site.cases.compactMap { config.region(ofMunicipality: $0.municipality)?.id }
        let forms = ["zero", "one", "two", "few", "many", "other"].compactMap { category -> [String: String]? in
            t.plurals["cases_count"]?[category].map { ["category": category, "text": $0] }
        }
        emit(.casesIndex, language, title: t["cases_title"], description: t["cases_description"], template: "cases", context: [
            "title": t["cases_title"],
            "count_text": t.count(site.cases.count, "cases_count"),
            "count_forms": forms,
            "cases": site.cases.map { caseCard($0, language, from: indexPath) },
            "sectors": options(config.sectors, site.cases.flatMap(\.sectors)),
            "groups": options(config.targetGroups, site.cases.flatMap(\.targetGroups)),
            "regions": options(config.regions, usedRegions),
            "browse": BrowseKind.allCases.map { kind in
                ["label": t[kind.titleKey], "url": RelativeURL.from(indexPath, to: PageKey.browseIndex(kind).path(language))]
            },
        ], breadcrumbs: [(t["home"], .home)])

        let translated = site.cases.filter { $0.translations[language] != nil }
        for (index, item) in translated.enumerated() {
            renderCase(item, language,
                       previous: index > 0 ? translated[index - 1] : nil,
                       next: index + 1 < translated.count ? translated[index + 1] : nil)
        }
    }

    private mutating func renderCase(_ item: Case, _ language: String, previous: Case?, next: Case?) {
        let key = PageKey.case(item.id)
        let path = key.path(language)
        let t = strings(language)
        let config = site.config
        let translation = item.translations[language]!
        let body = bodies.render(translation.info.body, language: language, pagePath: path, directives: directives(language))
        let link: (PageKey) -> String = { RelativeURL.from(path, to: $0.path(language)) }
        var context: [String: Any] = [
            "title": translation.title,
            "summary": translation.summary,
            "highlights": translation.highlights,
            "has_highlights": !translation.highlights.isEmpty,
            "body": body.html,
            "toc": body.headings.filter { $0.level == 2 }.map { ["text": $0.text, "id": $0.id] },
            "facts": facts(item, language, path: path),
        ]
        if let image = item.image, case .success(let relative) = MediaPath.resolve(image) {
            context["image"] = ["url": RelativeURL.from(path, to: "media/\(relative)"), "alt": translation.imageAlt ?? ""]
        }
        if !item.funding.isEmpty {
            let total = item.funding.reduce(0) { $0 + $1.kgs }
            context["funding"] = item.funding.map { share -> [String: String] in
                [
                    "source": t["funding_\(share.source)"],
                    "amount": NumberFormat.integer(share.kgs, language: language),
                    "share": total > 0 ? NumberFormat.percent(Double(share.kgs) / Double(total) * 100, language: language) : "",
                ]
            }
            context["funding_total"] = NumberFormat.integer(total, language: language)
        }
        let charts = PageCharts(strings: t, language: language)
        let fundingChart = charts.funding(item.funding, id: "funding-chart")
        let beneficiariesChart = item.beneficiaries.flatMap { charts.beneficiaries($0, id: "beneficiaries-chart") }
        context["funding_chart"] = fundingChart ?? ""
        context["beneficiaries_chart"] = beneficiariesChart ?? ""
        context["has_figures"] = fundingChart != nil || beneficiariesChart != nil
        if let people = item.beneficiaries {
            let rows: [(String, Int?)] = [("women", people.women), ("men", people.men), ("girls", people.girls),
                                          ("boys", people.boys), ("pwd", people.pwd)]
            context["beneficiaries"] = rows.compactMap { key, value in
                value.map { ["label": t["beneficiaries_\(key)"], "value": NumberFormat.integer($0, language: language)] }
            }
            if let total = people.total { context["beneficiaries_total"] = NumberFormat.integer(total, language: language) }
            let female = (people.women ?? 0) + (people.girls ?? 0), male = (people.men ?? 0) + (people.boys ?? 0)
            if female + male > 0 {
                let share = Double(female) / Double(female + male) * 100
                context["female_share"] = NumberFormat.percent(share, language: language)
                context["female_share_width"] = String(Int(share.rounded()))
            }
        }
        if let evaluationID = item.evaluation, let evaluation = site.evaluation(evaluationID) {
            var related: [String: Any] = [
                "url": link(.municipality(evaluation.municipality)),
                "name": config.municipalities[evaluation.municipality]?.label(language) ?? evaluation.municipality,
            ]
            if config.publish != .none, let result = site.result(forEvaluation: evaluation.id) {
                related["score"] = "\(NumberFormat.decimal(result.total, language: language)) / \(NumberFormat.decimal(config.rubric.maxTotal, language: language))"
                related["band"] = config.rubric.bands.first { $0.id == result.band }?.labels[language] ?? result.band
                related["band_id"] = result.band
                related["rank"] = String(result.rank)
                if let nomination = evaluation.nomination { related["nomination"] = config.nominations[nomination]?.label(language) ?? nomination }
                let summary = evaluation.translations[language]?.summary
                if let summary { related["summary"] = summary }
            }
            context["evaluation"] = related
        }
        if let previous, let text = previous.translations[language]?.title {
            context["previous"] = ["url": link(.case(previous.id)), "title": text]
        }
        if let next, let text = next.translations[language]?.title {
            context["next"] = ["url": link(.case(next.id)), "title": text]
        }
        context["has_pager"] = previous != nil || next != nil
        emit(key, language, title: translation.title, description: translation.summary, template: "case", context: context,
             breadcrumbs: [(t["home"], .home), (t["cases_title"], .casesIndex)])
        searchEntries[language, default: []].append(SearchEntry(
            title: translation.title, url: path, kind: t["kind_case"],
            summary: translation.summary, text: body.plainText))
    }

    /// The fact box: where, what, for whom, when, how much.
    private func facts(_ item: Case, _ language: String, path: String) -> [[String: Any]] {
        let config = site.config
        let t = strings(language)
        let link: (PageKey) -> String = { RelativeURL.from(path, to: $0.path(language)) }
        var facts: [[String: Any]] = []
        func add(_ label: String, _ values: [(String, String?)]) {
            facts.append(["label": label, "values": values.map { text, url -> [String: Any] in
                url.map { ["text": text, "url": $0] } ?? ["text": text]
            }])
        }
        add(t["municipality"], [(config.municipalities[item.municipality]?.label(language) ?? item.municipality,
                                 link(.municipality(item.municipality)))])
        if let district = config.district(ofMunicipality: item.municipality) { add(t["district"], [(district.label(language), nil)]) }
        if let region = config.region(ofMunicipality: item.municipality) {
            add(t["region"], [(region.label(language), link(.browse(.regions, region.id)))])
        }
        if let cohort = config.cohort(ofMunicipality: item.municipality) { add(t["cohort"], [(cohort.label(language), nil)]) }
        add(t["sectors"], item.sectors.map { (config.sectors[$0]?.label(language) ?? $0, link(.browse(.sectors, $0))) })
        add(t["target_groups"], item.targetGroups.map {
            (config.targetGroups[$0]?.label(language) ?? $0, link(.browse(.targetGroups, $0)))
        })
        if let year = item.year { add(t["year"], [(String(year), nil)]) }
        if let budget = item.budgetKGS {
            add(t["budget"], [("\(NumberFormat.integer(budget, language: language)) \(t["currency"])", nil)])
        }
        return facts
    }
}
