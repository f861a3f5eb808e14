import CasebookModel

extension WebsiteRenderer {
    mutating func renderBrowse(_ kind: BrowseKind, _ language: String) {
        let t = strings(language)
        let config = site.config
        let vocabulary = kind.vocabulary(config)
        let indexPath = PageKey.browseIndex(kind).path(language)
        let site = self.site
        let casesFor: (String) -> [Case] = { id in
            switch kind {
            case .sectors: return site.cases.filter { $0.sectors.contains(id) }
            case .targetGroups: return site.cases.filter { $0.targetGroups.contains(id) }
            case .regions: return site.cases.filter { config.region(ofMunicipality: $0.municipality)?.id == id }
            }
        }
        emit(.browseIndex(kind), language, title: t[kind.titleKey], description: t["home_\(kind.titleKey)_text"],
             template: "browse-index", context: [
                "title": t[kind.titleKey],
                "entries": vocabulary.entries.map { entry -> [String: String] in
                    [
                        "label": entry.label(language),
                        "url": RelativeURL.from(indexPath, to: PageKey.browse(kind, entry.id).path(language)),
                        "count": t.count(casesFor(entry.id).count, "cases_count"),
                    ]
                },
             ], breadcrumbs: [(t["home"], .home), (t["cases_title"], .casesIndex)])
        let renderer = self
        renderConcurrently(vocabulary.entries.count) { index in
            let entry = vocabulary.entries[index]
            let key = PageKey.browse(kind, entry.id)
            let path = key.path(language)
            let cases = casesFor(entry.id)
            var context: [String: Any] = [
                "title": entry.label(language),
                "kind": t[kind.titleKey],
                "count_text": t.count(cases.count, "cases_count"),
                "cases": cases.map { renderer.caseCard($0, language, from: path) },
                "no_cases": t["no_cases"],
                "has_cases": !cases.isEmpty,
            ]
            if kind == .regions {
                context["has_municipalities"] = true
                context["municipalities"] = config.municipalities.entries
                    .filter { config.region(ofMunicipality: $0.id)?.id == entry.id }
                    .map { ["label": $0.label(language), "url": RelativeURL.from(path, to: PageKey.municipality($0.id).path(language))] }
            }
            return renderer.rendered(key, language, title: entry.label(language),
                                     description: "\(t[kind.titleKey]): \(entry.label(language))", template: "browse",
                                     context: context, breadcrumbs: [(t["home"], .home), (t[kind.titleKey], .browseIndex(kind))])
        }
    }

    mutating func renderPages(_ language: String) {
        let t = strings(language)
        for page in site.pages where page.id != "home" {
            guard let translation = page.translations[language] else { continue }
            let key = PageKey.page(page.id)
            let path = key.path(language)
            let body = bodies.render(translation.info.body, language: language, pagePath: path, directives: directives(language))
            emit(key, language, title: translation.title, description: translation.summary, template: "page", context: [
                "title": translation.title,
                "summary": translation.summary ?? "",
                "body": body.html,
                "toc": body.headings.filter { $0.level == 2 }.map { ["text": $0.text, "id": $0.id] },
                "has_toc": body.headings.filter { $0.level == 2 }.count > 2,
            ], breadcrumbs: [(t["home"], .home)])
            searchEntries[language, default: []].append(SearchEntry(
                title: translation.title, url: path, kind: t["kind_page"], summary: translation.summary ?? "", text: body.plainText))
        }
    }

    /// Each deck as a slide show page (see `DeckRenderer`), and a PDF of it, one slide a page.
    mutating func renderDecks(_ language: String) {
        let siteTitle = site.config.title[language] ?? ""
        for deck in site.decks where deck.translations[language] != nil {
            let key = PageKey.deck(deck.id)
            let path = key.path(language)
            var renderer = DeckRenderer(strings: strings(language), language: language, path: path)
            let context = renderer.context(for: deck, base: common(key, language, path: path), siteTitle: siteTitle,
                                           bodies: &bodies, directives: directives(language))
            diagnostics.append(contentsOf: renderer.diagnostics)
            files.append(OutputFile(path: path, text: theme.render("deck", context) ?? ""))
            if written[key] == nil { writtenOrder.append(key) }
            written[key, default: []].insert(language)
            pdfJobs.append(PDFJob(html: path, pdf: "\(language)/slides/\(deck.id).pdf"))
        }
    }
}
