import CasebookModel

extension WebsiteRenderer {
    mutating func renderCases(_ language: String) {
        let renderer = reader
        queuePage(first: true) { renderer.casesIndexPage(language) }
        // Positions, not copies: copying every case per language was a serial 50 ms at 5,000 cases.
        let translated = site.cases.indices.filter { site.cases[$0].translations[language] != nil }
        queue(translated.count) { index in
            let cases = renderer.site.cases
            return renderer.casePage(cases[translated[index]], language,
                                     previous: index > 0 ? cases[translated[index - 1]] : nil,
                                     next: index + 1 < translated.count ? cases[translated[index + 1]] : nil)
        }
    }

    /// The list of every case, with the filters.
    private func casesIndexPage(_ language: String) -> RenderedPage {
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
        return rendered(.casesIndex, language, title: t["cases_title"], description: t["cases_description"], template: "cases", context: [
            "title": t["cases_title"],
            "count_text": t.count(site.cases.count, "cases_count"),
            "count_forms": forms,
            "cases": site.cases.indices.map { caseCard(at: $0, language, from: indexPath) },
            "sectors": options(config.sectors, site.cases.flatMap(\.sectors)),
            "groups": options(config.targetGroups, site.cases.flatMap(\.targetGroups)),
            "regions": options(config.regions, usedRegions),
            "browse": BrowseKind.allCases.map { kind in
                ["label": t[kind.titleKey], "url": RelativeURL.from(indexPath, to: PageKey.browseIndex(kind).path(language))]
            },
        ].merging(printLinks(language, from: indexPath)) { $1 }, breadcrumbs: [(t["home"], .home)])
    }

    /// One case page; changes nothing, so case pages render concurrently (and alone, in the preview).
    func casePage(_ item: Case, _ language: String, previous: Case?, next: Case?) -> RenderedPage {
        var bodies = pageBodies()
        let key = PageKey.case(item.id)
        let path = key.path(language)
        let t = strings(language)
        let translation = item.translations[language]!
        let body = bodies.render(translation.info.body, language: language, pagePath: path, directives: directives(language))
        let link: (PageKey) -> String = { RelativeURL.from(path, to: $0.path(language)) }
        let model = CasePageModel(item, language: language, site: site, strings: t)
        var context = model.templateValues(.page(path))
        context["body"] = body.bytes
        context["toc"] = body.headings.filter { $0.level == 2 }.map { ["text": $0.text, "id": $0.id] }
        let charts = PageCharts(strings: t, language: language)
        let fundingChart = charts.funding(item.funding, id: "funding-chart")
        let beneficiariesChart = item.beneficiaries.flatMap { charts.beneficiaries($0, id: "beneficiaries-chart") }
        // An empty String without a chart: a theme's {{#funding_chart}} tests it as before.
        context["funding_chart"] = fundingChart.map { $0 as Any } ?? ""
        context["beneficiaries_chart"] = beneficiariesChart.map { $0 as Any } ?? ""
        context["has_figures"] = fundingChart != nil || beneficiariesChart != nil
        if let previous, let text = previous.translations[language]?.title {
            context["previous"] = ["url": link(.case(previous.id)), "title": text]
        }
        if let next, let text = next.translations[language]?.title {
            context["next"] = ["url": link(.case(next.id)), "title": text]
        }
        context["has_pager"] = previous != nil || next != nil
        var page = rendered(key, language, title: translation.title, description: translation.summary, template: "case",
                            context: context, breadcrumbs: [(t["home"], .home), (t["cases_title"], .casesIndex)], bodies: bodies,
                            search: SearchEntry(title: translation.title, url: path, kind: t["kind_case"],
                                                summary: translation.summary, textBytes: body.plainText, cache: searchCache))
        if keepsBodies {
            page.bookBody = body.html
            page.caseModel = model
        }
        return page
    }
}
