import CasebookModel

extension WebsiteRenderer {
    mutating func renderBrowse(_ kind: BrowseKind, _ language: String) {
        let renderer = reader
        queuePage(first: true) { renderer.browseIndexPage(kind, language) }
        queue(kind.vocabulary(site.config).entries.count, first: true) { index in
            renderer.browsePage(kind, index, language)
        }
    }

    /// Positions in `site.cases` (site order) of the cases filed under entry `id` of `kind`:
    /// positions, as a sector's list holds thousands of cases in a large casebook, and copying
    /// each was most of the page.
    private func caseIndices(_ kind: BrowseKind, _ id: String) -> [Int] {
        site.cases.indices.filter { isFiled($0, kind, id) }
    }

    /// Whether the case at `index` in `site.cases` is filed under entry `id`.
    private func isFiled(_ index: Int, _ kind: BrowseKind, _ id: String) -> Bool {
        switch kind {
        case .sectors: return site.cases[index].sectors.contains(id)
        case .targetGroups: return site.cases[index].targetGroups.contains(id)
        case .regions:
            let region = caseRegions.isEmpty ? site.config.region(ofMunicipality: site.cases[index].municipality)?.id
                : caseRegions[index]
            return region == id
        }
    }

    /// Each case's region, looked up once (`caseRegions`): every region's page and the count of
    /// cases per region asked for it again, three dictionary lookups each time.
    func caseRegionIDs() -> [String?] {
        site.cases.map { site.config.region(ofMunicipality: $0.municipality)?.id }
    }

    /// The entries of a vocabulary, each with its number of cases.
    private func browseIndexPage(_ kind: BrowseKind, _ language: String) -> RenderedPage {
        let t = strings(language)
        let indexPath = PageKey.browseIndex(kind).path(language)
        return rendered(.browseIndex(kind), language, title: t[kind.titleKey], description: t["home_\(kind.titleKey)_text"],
                        template: "browse-index", context: [
                            "title": t[kind.titleKey],
                            "entries": kind.vocabulary(site.config).entries.map { entry -> [String: String] in
                                [
                                    "label": entry.label(language),
                                    "url": RelativeURL.from(indexPath, to: PageKey.browse(kind, entry.id).path(language)),
                                    "count": t.count(site.cases.indices.reduce(0) { $0 + (isFiled($1, kind, entry.id) ? 1 : 0) },
                                                     "cases_count"),
                                ]
                            },
                        ], breadcrumbs: [(t["home"], .home), (t["cases_title"], .casesIndex)])
    }

    /// The cases of the vocabulary entry at `index`.
    private func browsePage(_ kind: BrowseKind, _ index: Int, _ language: String) -> RenderedPage {
        let t = strings(language)
        let config = site.config
        let entry = kind.vocabulary(config).entries[index]
        let key = PageKey.browse(kind, entry.id)
        let path = key.path(language)
        let cases = caseIndices(kind, entry.id)
        var context: [String: Any] = [
            "title": entry.label(language),
            "kind": t[kind.titleKey],
            "count_text": t.count(cases.count, "cases_count"),
            "cases": caseCards(at: cases, language, from: path),
            "no_cases": t["no_cases"],
            "has_cases": !cases.isEmpty,
        ]
        if kind == .regions {
            context["has_municipalities"] = true
            context["municipalities"] = config.municipalities.entries
                .filter { config.region(ofMunicipality: $0.id)?.id == entry.id }
                .map { ["label": $0.label(language), "url": RelativeURL.from(path, to: PageKey.municipality($0.id).path(language))] }
        }
        return rendered(key, language, title: entry.label(language),
                        description: "\(t[kind.titleKey]): \(entry.label(language))", template: "browse",
                        context: context, breadcrumbs: [(t["home"], .home), (t[kind.titleKey], .browseIndex(kind))])
    }

    mutating func renderPages(_ language: String) {
        let renderer = reader
        for page in site.pages where page.id != "home" && page.translations[language] != nil {
            queuePage { renderer.pagePage(page, language) }
        }
    }

    private func pagePage(_ page: Page, _ language: String) -> RenderedPage {
        let t = strings(language)
        let translation = page.translations[language]!
        let key = PageKey.page(page.id)
        let path = key.path(language)
        var bodies = pageBodies()
        let body = bodies.render(translation.info.body, language: language, pagePath: path, directives: directives(language))
        var made = rendered(key, language, title: translation.title, description: translation.summary, template: "page", context: [
            "title": translation.title,
            "summary": translation.summary ?? "",
            "body": body.bytes,
            "toc": body.headings.filter { $0.level == 2 }.map { ["text": $0.text, "id": $0.id] },
            "has_toc": body.headings.filter { $0.level == 2 }.count > 2,
        ], breadcrumbs: [(t["home"], .home)], bodies: bodies, search: SearchEntry(
            title: translation.title, url: path, kind: t["kind_page"], summary: translation.summary ?? "", textBytes: body.plainText,
            cache: searchCache))
        if keepsBodies { made.bookBody = body.html }
        return made
    }
}
