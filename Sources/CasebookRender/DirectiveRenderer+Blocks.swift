import CasebookModel

extension DirectiveRenderer {
    /// The key figures, each a number followed by what it counts, in words declined for the
    /// number and written as in running text: "14 SEDPs evaluated", "10 кейсов"; a region's
    /// figure names the region on a line of its own: "8 ПСЭР" / "Джалал-Абадская область".
    func stats() -> String {
        var items: [(value: String, label: String, place: String?)] = []
        if site.config.publish != .none {
            items.append((NumberFormat.integer(statistics.evaluatedCount, language: language), strings.count(statistics.evaluatedCount, "sedps_evaluated"), nil))
            for (region, count) in statistics.evaluatedPerRegion {
                // What the number counts comes first; the region on its own line, so that a narrow
                // box breaks "Джалал-Абадская область" between its words, not at its hyphen.
                items.append((NumberFormat.integer(count, language: language), strings.count(count, "sedps_count_label"),
                              site.config.regions[region]?.label(language) ?? region))
            }
            if let average = statistics.averageTotal {
                items.append((NumberFormat.decimal(average, language: language), strings["average_total_figure"], nil))
            }
        }
        items.append((NumberFormat.integer(statistics.caseCount, language: language), strings.count(statistics.caseCount, "cases_count_label"), nil))
        let sectors = statistics.casesPerSector.filter { $0.count > 0 }.count
        items.append((NumberFormat.integer(sectors, language: language), strings.count(sectors, "sectors_count_label"), nil))
        return "<ul class=\"stats\">" + items.map { value, label, place in
            "<li><span class=\"stat-value\">\(HTML.escape(value))</span> <span class=\"stat-label\">\(HTML.escape(label))"
                + (place.map { "<br>" + HTML.escape($0) } ?? "") + "</span></li>"
        }.joined() + "</ul>"
    }

    func chart(_ kind: String, id: String) -> String {
        let config = site.config
        let label: (Vocabulary, String) -> String = { vocabulary, id in vocabulary[id]?.label(language) ?? id }
        switch kind {
        case "criteria":
            let bars = statistics.criterionAveragePercent.map { item in
                BarChart.Bar(label: config.rubric.criterion(item.id)?.labels[language] ?? item.id, value: item.percent,
                             valueLabel: NumberFormat.percent(item.percent, language: language))
            }
            return BarChart(id: id, title: strings["chart_criteria_title"], description: strings["chart_criteria_desc"],
                            bars: bars, maximum: 100, labelHeader: strings["criterion"], valueHeader: strings["average_percent"])
                .html(tableSummary: strings["chart_data"], forSlide: chartsForSlides)
        case "bands":
            let bars = statistics.bandCounts.map { item in
                BarChart.Bar(label: config.rubric.bands.first { $0.id == item.id }?.labels[language] ?? item.id,
                             value: Double(item.count), valueLabel: NumberFormat.integer(item.count, language: language))
            }
            return BarChart(id: id, title: strings["chart_bands_title"], description: strings["chart_bands_desc"],
                            bars: bars, maximum: Double(max(1, bars.map(\.value).max().map(Int.init) ?? 1)),
                            labelHeader: strings["band"], valueHeader: strings["sedps"])
                .html(tableSummary: strings["chart_data"], forSlide: chartsForSlides)
        case "regions":
            let maxTotal = config.rubric.maxTotal
            let bars = statistics.averagePerRegion.map { item in
                BarChart.Bar(label: label(config.regions, item.id), value: item.average,
                             valueLabel: NumberFormat.decimal(item.average, language: language))
            } + statistics.averagePerCohort.map { item in
                BarChart.Bar(label: label(config.cohorts, item.id), value: item.average,
                             valueLabel: NumberFormat.decimal(item.average, language: language))
            }
            return BarChart(id: id, title: strings["chart_regions_title"], description: strings["chart_regions_desc"],
                            bars: bars, maximum: maxTotal, labelHeader: strings["group"], valueHeader: strings["average_total"])
                .html(tableSummary: strings["chart_data"], forSlide: chartsForSlides)
        default:
            let bars = statistics.casesPerSector.map { item in
                BarChart.Bar(label: label(config.sectors, item.id), value: Double(item.count),
                             valueLabel: NumberFormat.integer(item.count, language: language))
            }
            return BarChart(id: id, title: strings["chart_sectors_title"], description: strings["chart_sectors_desc"],
                            bars: bars, maximum: Double(max(1, bars.map(\.value).max().map(Int.init) ?? 1)),
                            labelHeader: strings["sector"], valueHeader: strings["cases"])
                .html(tableSummary: strings["chart_data"], forSlide: chartsForSlides)
        }
    }

    func ranking(top: Int?, pagePath: String) -> String {
        guard site.config.publish != .none else { return "" }
        let results = top.map { limit in site.results.filter { $0.rank <= limit } } ?? site.results
        var html = HTML.scrollableTableStart(label: strings["ranking"], attributes: " class=\"ranking\"")
            + "<caption>\(HTML.escape(strings["ranking"]))</caption><thead><tr>"
        for key in ["rank_column", "municipality", "region", "total_score", "band", "nomination"] {
            html += "<th scope=\"col\">\(HTML.escape(strings[key]))</th>"
        }
        html += "</tr></thead><tbody>"
        for result in results {
            let config = site.config
            let name = config.municipalities[result.municipality]?.label(language) ?? result.municipality
            let url = RelativeURL.from(pagePath, to: PageKey.municipality(result.municipality).path(language))
            let nomination = site.evaluation(result.evaluationID)?.nomination.flatMap { config.nominations[$0]?.label(language) } ?? ""
            let band = config.rubric.bands.first { $0.id == result.band }?.labels[language] ?? result.band
            html += "<tr><td>\(result.rank)</td><th scope=\"row\"><a href=\"\(url)\">\(HTML.escape(name))</a></th>"
            html += "<td>\(HTML.escape(config.region(ofMunicipality: result.municipality)?.label(language) ?? ""))</td>"
            html += "<td class=\"num\">\(NumberFormat.decimal(result.total, language: language))</td>"
            html += "<td><span class=\"band band-\(result.band)\">\(HTML.escape(band))</span></td><td>\(HTML.escape(nomination))</td></tr>"
        }
        return html + "</tbody></table></div>"
    }

    mutating func caseList(_ value: YAMLNode, at: (YAMLNode) -> SourceLocation, pagePath: String) -> String {
        var sector: String?, group: String?, region: String?
        if let filters = value.pairs {
            for filter in filters {
                let key = filter.key, node = filter.value
                let name = key.text ?? ""
                let id = node.text ?? ""
                let vocabulary: Vocabulary
                switch name {
                case "sector": vocabulary = site.config.sectors; sector = id
                case "target_group": vocabulary = site.config.targetGroups; group = id
                case "region": vocabulary = site.config.regions; region = id
                default:
                    diagnostics.error(at(key), "unknown field '\(name)' in cases\(Suggestion.didYouMean(name, in: ["sector", "target_group", "region"]))")
                    continue
                }
                if !vocabulary.contains(id) {
                    diagnostics.error(at(node), "unknown \(vocabulary.noun) '\(id)'\(Suggestion.didYouMean(id, in: vocabulary.ids))")
                }
            }
        }
        // A case page never lists itself among "related" cases.
        let cases = site.cases.filter { item in
            PageKey.case(item.id).path(language) != pagePath && (sector.map { item.sectors.contains($0) } ?? true)
                && (group.map { item.targetGroups.contains($0) } ?? true)
                && (region.map { site.config.region(ofMunicipality: item.municipality)?.id == $0 } ?? true)
        }
        guard !cases.isEmpty else { return "<p class=\"empty\">\(HTML.escape(strings["no_cases"]))</p>" }
        return "<ul class=\"case-links\">" + cases.map { item in
            let (translation, shownLanguage) = item.translations[language].map { ($0, language) }
                ?? site.config.languages.compactMap { lang in item.translations[lang].map { ($0, lang) } }.first!
            let url = RelativeURL.from(pagePath, to: PageKey.case(item.id).path(shownLanguage))
            let marker = shownLanguage == language ? "" : " <span class=\"lang-note\">(\(HTML.escape(strings["in_language_\(shownLanguage)"])))</span>"
            let langAttribute = shownLanguage == language ? "" : " lang=\"\(shownLanguage)\" hreflang=\"\(shownLanguage)\""
            return "<li><a href=\"\(url)\"\(langAttribute)>\(HTML.escape(translation.title))</a>\(marker)</li>"
        }.joined() + "</ul>"
    }
}
