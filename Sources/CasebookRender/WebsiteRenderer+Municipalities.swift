import CasebookModel

extension WebsiteRenderer {
    mutating func renderMunicipalities(_ language: String) {
        let renderer = reader
        queuePage(first: true) { renderer.municipalitiesPage(language) }
        queue(site.config.municipalities.entries.count) { index in
            renderer.municipalityPage(renderer.site.config.municipalities.entries[index], language)
        }
    }

    /// The table of every municipality.
    private func municipalitiesPage(_ language: String) -> RenderedPage {
        let t = strings(language)
        let config = site.config
        let path = PageKey.municipalities.path(language)
        let showResults = config.publish != .none
        let rows = config.municipalities.entries.map { entry -> [String: Any] in
            var row: [String: Any] = [
                "name": entry.label(language),
                "url": RelativeURL.from(path, to: PageKey.municipality(entry.id).path(language)),
                "region": config.region(ofMunicipality: entry.id)?.label(language) ?? "",
                "district": config.district(ofMunicipality: entry.id)?.label(language) ?? "",
                "cohort": config.cohort(ofMunicipality: entry.id)?.label(language) ?? "",
                "cases": String(site.caseIndices(inMunicipality: entry.id).count),
            ]
            if showResults, let evaluation = site.evaluation(forMunicipality: entry.id),
               let result = site.result(forEvaluation: evaluation.id) {
                row["total"] = NumberFormat.decimal(result.total, language: language)
                row["band"] = config.rubric.bands.first { $0.id == result.band }?.labels[language] ?? result.band
                row["band_id"] = result.band
                row["nomination"] = evaluation.nomination.flatMap { config.nominations[$0]?.label(language) } ?? ""
            }
            return row
        }
        return rendered(.municipalities, language, title: t["municipalities_title"], description: t["municipalities_description"],
                        template: "municipalities", context: [
                            "title": t["municipalities_title"],
                            "intro": t.count(config.municipalities.entries.count, "municipalities_count"),
                            "rows": rows,
                            "show_results": showResults,
                        ], breadcrumbs: [(t["home"], .home)])
    }

    /// One municipality page; changes nothing, so these pages render concurrently.
    private func municipalityPage(_ entry: VocabularyEntry, _ language: String) -> RenderedPage {
        var bodies = pageBodies()
        var search: SearchEntry?
        var bookBody: String?
        let t = strings(language)
        let config = site.config
        let key = PageKey.municipality(entry.id)
        let path = key.path(language)
        let cases = site.caseIndices(inMunicipality: entry.id)
        var context: [String: Any] = [
            "title": entry.label(language),
            "region": config.region(ofMunicipality: entry.id)?.label(language) ?? "",
            "region_url": config.region(ofMunicipality: entry.id).map {
                RelativeURL.from(path, to: PageKey.browse(.regions, $0.id).path(language))
            } ?? "",
            "district": config.district(ofMunicipality: entry.id)?.label(language) ?? "",
            "cohort": config.cohort(ofMunicipality: entry.id)?.label(language) ?? "",
            "cases": caseCards(at: cases, language, from: path),
            "has_cases": !cases.isEmpty,
        ]
        var description = t["municipality"] + " " + entry.label(language)
        if config.publish != .none, let evaluation = site.evaluation(forMunicipality: entry.id),
           let model = evaluationSummaries[language]?[evaluation.id] {
            var summary = model.templateValues(.website)
            if config.publish == .full {
                let translation = evaluation.translations[language]
                    ?? config.languages.compactMap { evaluation.translations[$0] }.first!
                if let verdict = model.verdict { description = verdict }
                // The expert's text sits under the "Evaluation" h2, so its headings start at h3.
                let body = bodies.render(translation.info.body, language: language, pagePath: path,
                                         topHeadingLevel: 3, directives: directives(language))
                summary["body"] = body.bytes
                if keepsBodies { bookBody = body.html }
                search = SearchEntry(title: entry.label(language), url: path, kind: t["kind_evaluation"],
                                     summary: translation.summary ?? "", textBytes: body.plainText, cache: searchCache)
            }
            context["evaluation"] = summary
            context["full"] = config.publish == .full
            if config.publish == .full, makes(EvaluationForms()) {
                let folder = EvaluationForms.folder(language, published: true)
                context["form_url"] = RelativeURL.from(path, to: folder + "\(entry.id).html")
                if linksPDFs { context["form_pdf_url"] = RelativeURL.from(path, to: folder + "\(entry.id).pdf") }
            }
        } else if config.publish != .none {
            context["not_evaluated"] = t["not_evaluated"]
        }
        var page = rendered(key, language, title: entry.label(language), description: description, template: "municipality",
                            context: context, breadcrumbs: [(t["home"], .home), (t["municipalities_title"], .municipalities)],
                            bodies: bodies, search: search)
        page.bookBody = bookBody
        return page
    }

    /// The results page, made on a worker thread: with every municipality ranked, it takes as
    /// long as hundreds of case pages. (Its CSV is an output of its own, `ResultsExports`.)
    mutating func renderResults(_ language: String) {
        let renderer = reader
        queuePage(first: true) { renderer.resultsPage(language) }
    }

    func resultsPage(_ language: String) -> RenderedPage {
        let t = strings(language)
        let path = PageKey.results.path(language)
        let renderer = directives(language)
        let ranges = BandRangeText(rubric: site.config.rubric, strings: t)
        let bands = site.config.rubric.bands.map { band -> [String: String] in
            ["id": band.id, "label": band.labels[language] ?? band.id, "range": ranges.text(for: band)]
        }
        return rendered(.results, language, title: t["results_title"], description: t["results_description"],
                        template: "results", context: [
            "title": t["results_title"],
            "stats": renderer.stats(),
            "ranking": renderer.ranking(top: nil, pagePath: path),
            "chart_criteria": renderer.chart("criteria", id: "results-criteria"),
            "chart_bands": renderer.chart("bands", id: "results-bands"),
            "chart_regions": renderer.chart("regions", id: "results-regions"),
            "bands": bands,
            "has_results": !site.results.isEmpty,
            "csv_url": "results.csv",
        ], breadcrumbs: [(t["home"], .home)])
    }
}
