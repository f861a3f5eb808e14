import CasebookModel

extension WebsiteRenderer {
    func renderHome(_ language: String) {
        let path = PageKey.home.path(language)
        let t = strings(language)
        var context: [String: Any] = [:]
        var bodies = pageBodies()
        if let home = site.page("home") {
            let shown = home.translations[language] != nil ? language : site.config.languages.first { home.translations[$0] != nil }!
            let body = bodies.render(home.translations[shown]!.info.body, language: language, pagePath: path,
                                     directives: directives(language))
            context["intro"] = body.bytes
            if shown != language { context["intro_lang"] = shown }
        }
        context["stats"] = directives(language).stats()
        context["featured"] = site.cases.indices.prefix(3).map { caseCard(at: $0, language, from: path) }
        var sections: [[String: String]] = [
            section(t["nav_cases"], t["home_cases_text"], .casesIndex, language, path),
            section(t["nav_municipalities"], t["home_municipalities_text"], .municipalities, language, path),
        ]
        if site.config.publish != .none {
            sections.append(section(t["nav_results"], t["home_results_text"], .results, language, path))
        }
        for kind in BrowseKind.allCases {
            sections.append(section(t[kind.titleKey], t["home_\(kind.titleKey)_text"], .browseIndex(kind), language, path))
        }
        for page in site.pages where page.id != "home" {
            if let translation = page.translations[language] {
                sections.append(section(translation.title, translation.summary ?? "", .page(page.id), language, path))
            }
        }
        for deck in site.decks {
            if let translation = deck.translations[language] {
                // The link says it opens slides, and the PDF of them stands beside it.
                var entry = section(translation.title, translation.subtitle ?? t["deck"], .deck(deck.id), language, path)
                entry["kind"] = t["deck_link_kind"]
                if linksPDFs, selection.contains(SlideDecks()) {
                    // Not `pdf_url`: a section without one would show the book's, from the page around it.
                    entry["deck_pdf_url"] = RelativeURL.from(path, to: SlideDecks.pdfPath(deck.id, language))
                }
                sections.append(entry)
            }
        }
        sections.append(section(t["nav_search"], t["home_search_text"], .search, language, path))
        context["sections"] = sections
        if site.config.publish != .none, !site.results.isEmpty {
            context["ranking"] = directives(language).ranking(top: 3, pagePath: path)
            context["results_url"] = RelativeURL.from(path, to: PageKey.results.path(language))
        }
        context["cases_url"] = RelativeURL.from(path, to: PageKey.casesIndex.path(language))
        for (name, value) in printLinks(language, from: path) { context[name] = value }
        let renderer = reader
        queuePage { [context, bodies] in
            renderer.rendered(.home, language, title: renderer.site.config.title[language] ?? "",
                              description: renderer.site.config.subtitle[language], template: "home", context: context,
                              bodies: bodies)
        }
    }

    private func section(_ title: String, _ text: String, _ key: PageKey, _ language: String, _ path: String) -> [String: String] {
        ["title": title, "text": text, "url": RelativeURL.from(path, to: key.path(language))]
    }
}
