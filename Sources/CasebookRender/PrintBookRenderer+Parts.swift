import CasebookModel

extension PrintBookRenderer {
    /// The template values of one part: `is_page`, `is_cases`, `is_results` or `is_evaluations`
    /// with what that part shows.
    mutating func part(_ part: PrintBookPlan.Part) -> [String: Any] {
        switch part {
        case .page(let id): return page(id)
        case .cases: return cases()
        case .results: return results()
        case .evaluations: return evaluations()
        }
    }

    private mutating func page(_ id: String) -> [String: Any] {
        let translation = site.page(id)!.translations[language]!
        let anchor = PrintBookPlan.anchor(page: id)
        return ["is_page": true, "anchor": anchor, "title": translation.title, "body": body(translation.info.body, of: .page(id), scope: anchor, headingShift: 1)]
    }

    private mutating func cases() -> [String: Any] {
        var chapters: [[String: Any]] = []
        for item in plan.cases { chapters.append(chapter(item)) }
        var context: [String: Any] = [
            "is_cases": true, "anchor": "part-cases", "title": strings["cases_title"],
            "count_text": strings.count(plan.cases.count, "cases_count"), "cases": chapters,
        ]
        let config = site.config
        var leftOut: [[String: String]] = plan.untranslatedCases.map { item in
            let other = config.languages.first { item.translations[$0] != nil }!
            var entry = ["title": item.translations[other]!.title, "lang": other, "lang_note": strings["in_language_\(other)"],
                         "url": RelativeURL.from(path, to: Self.path(other)) + "#" + PrintBookPlan.anchor(case: item.id)]
            if let base = config.baseURL { entry["address"] = base + PageKey.case(item.id).path(other) }
            return entry
        }
        leftOut += plan.untranslatedPages.map { page in
            let other = config.languages.first { page.translations[$0] != nil }!
            var entry = ["title": page.translations[other]!.title, "lang": other, "lang_note": strings["in_language_\(other)"],
                         "url": RelativeURL.from(path, to: PageKey.page(page.id).path(other))]
            if let base = config.baseURL { entry["address"] = base + PageKey.page(page.id).path(other) }
            return entry
        }
        context["left_out"] = leftOut
        context["has_left_out"] = !leftOut.isEmpty
        return context
    }

    /// One case: title, place, summary, fact box, highlights, image, body, its SEDP's result.
    private mutating func chapter(_ item: Case) -> [String: Any] {
        let translation = item.translations[language]!
        let anchor = PrintBookPlan.anchor(case: item.id)
        let model = caseModels[item.id] ?? CasePageModel(item, language: language, site: site, strings: strings)
        let inBook = model.evaluation.map { evaluation in plan.evaluations.contains { $0.id == evaluation.id } } ?? false
        var context = model.templateValues(.book(path, evaluationAnchor: inBook ? model.evaluation.map {
            PrintBookPlan.anchor(evaluation: $0.id)
        } : nil))
        context["anchor"] = anchor
        context["body"] = body(translation.info.body, of: .case(item.id), scope: anchor, headingShift: 2)
        return context
    }

    /// The results page of the website, in print: key figures, ranking, charts and bands.
    private func results() -> [String: Any] {
        let renderer = DirectiveRenderer(site: site, statistics: statistics, strings: strings, language: language)
        let config = site.config
        let ranges = BandRangeText(rubric: config.rubric, strings: strings)
        let bands = config.rubric.bands.map { band -> [String: String] in
            ["id": band.id, "label": band.labels[language] ?? band.id, "range": ranges.text(for: band)]
        }
        let scoped: (String) -> String = { PrintHTMLRewriter.chapter($0, scope: "part-results", headingShift: 0) }
        return [
            "is_results": true, "anchor": "part-results", "title": strings["results_title"],
            "stats": renderer.stats(),
            "has_results": !site.results.isEmpty,
            "ranking": scoped(renderer.ranking(top: nil, pagePath: path)),
            "chart_criteria": scoped(renderer.chart("criteria", id: "criteria")),
            "chart_bands": scoped(renderer.chart("bands", id: "bands")),
            "chart_regions": scoped(renderer.chart("regions", id: "regions")),
            "bands": bands,
        ]
    }

    /// Every evaluated SEDP in rank order: result, scores by criterion, the expert's text.
    private mutating func evaluations() -> [String: Any] {
        let config = site.config
        var chapters: [[String: Any]] = []
        for evaluation in plan.evaluations {
            guard let result = site.result(forEvaluation: evaluation.id) else { continue }
            let anchor = PrintBookPlan.anchor(evaluation: evaluation.id)
            let translation = evaluation.translations[language] ?? config.languages.compactMap { evaluation.translations[$0] }.first!
            let district = config.district(ofMunicipality: evaluation.municipality)?.label(language)
            let cohort = config.cohort(ofMunicipality: evaluation.municipality)?.label(language)
            let model = evaluationSummaries[evaluation.id] ?? EvaluationSummary(
                evaluation, result: result, language: language, site: site, statistics: statistics, strings: strings)
            var context = model.templateValues(.book)
            context["anchor"] = anchor
            context["title"] = config.municipalities[evaluation.municipality]?.label(language) ?? evaluation.municipality
            context["place"] = [district, config.region(ofMunicipality: evaluation.municipality)?.label(language), cohort]
                .compactMap { $0 }.joined(separator: ", ")
            // The municipality page starts the expert's headings one level lower (at h3).
            context["body"] = body(translation.info.body, of: .municipality(evaluation.municipality), scope: anchor,
                                   headingShift: 2, websiteShift: 1)
            context["cases"] = plan.cases.filter { $0.evaluation == evaluation.id || evaluation.cases.contains($0.id) }.map { item in
                ["anchor": PrintBookPlan.anchor(case: item.id), "title": item.translations[language]?.title ?? item.id]
            }
            chapters.append(context)
        }
        return ["is_evaluations": true, "anchor": "part-evaluations", "title": strings["print_evaluations"], "evaluations": chapters]
    }

    /// The body of the website's page `key` fitted into the book as chapter `scope`, its
    /// headings moved down by `headingShift` (less `websiteShift`, the levels its page already
    /// moved them). Rendered here only when no page recorded it.
    private mutating func body(_ source: MarkdownSource, of key: PageKey, scope: String, headingShift: Int,
                               websiteShift: Int = 0) -> String {
        if let html = websiteBodies[key] {
            return PrintHTMLRewriter.chapter(html, scope: scope, headingShift: headingShift - websiteShift,
                                             source: key.path(language), book: path)
        }
        let directives = DirectiveRenderer(site: site, statistics: statistics, strings: strings, language: language)
        let rendered = bodies.render(source, language: language, pagePath: path, directives: directives)
        return PrintHTMLRewriter.chapter(rendered.html, scope: scope, headingShift: headingShift)
    }
}
