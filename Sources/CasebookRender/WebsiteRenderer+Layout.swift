import CasebookModel
import CasebookSupport

extension WebsiteRenderer {
    /// What the layout and every template share: language, strings, navigation, switcher.
    func common(_ key: PageKey, _ language: String, path: String) -> [String: Any] {
        let t = strings(language)
        let config = site.config
        var context: [String: Any]
        // Case pages start from what they all share; others build it.
        if case .case = key, let shared = caseLayout[language] {
            context = shared
        } else {
            context = sharedLayout(key, language, path: path)
        }
        context["switcher"] = config.languages.filter { $0 != language }.map { other -> [String: Any] in
            let exists = key.exists(in: other, site: site)
            let target = exists ? key : key.fallback
            return [
                "lang": other,
                "label": strings(other)["language_name"],
                "url": RelativeURL.from(path, to: target.path(other)),
                "missing": !exists,
                "missing_note": t["translation_missing"],
            ]
        }
        context["has_switcher"] = config.languages.count > 1
        let present = config.languages.filter { key.exists(in: $0, site: site) }
        var alternates: [[String: String]] = present.map { ["lang": $0, "url": url(of: key, $0, from: path)] }
        if present.contains(config.defaultLanguage), present.count > 1 {
            alternates.append(["lang": "x-default", "url": url(of: key, config.defaultLanguage, from: path)])
        }
        context["alternates"] = present.count > 1 ? alternates : []
        if let base = config.baseURL { context["canonical"] = base + key.path(language) }
        return context
    }

    /// What `common` holds that depends on the page only through its section and folder:
    /// the same for every case page of a language (see `prepareCaseLayout`).
    func sharedLayout(_ key: PageKey, _ language: String, path: String) -> [String: Any] {
        let t = strings(language)
        let config = site.config
        var context: [String: Any] = [
            "lang": language,
            "t": t.templateValue,
            "site_title": config.title[language] ?? "",
            "subtitle": config.subtitle[language] ?? "",
            "publisher": config.publisher[language] ?? "",
            "edition": config.edition ?? "",
            "date": config.date ?? "",
            "home_url": RelativeURL.from(path, to: PageKey.home.path(language)),
            "css_url": RelativeURL.from(path, to: "assets/casebook.css"),
            "assets_url": String(RelativeURL.from(path, to: "assets/favicon.svg").dropLast("favicon.svg".count)),
            "js_url": RelativeURL.from(path, to: "assets/casebook.js"),
            "search_url": RelativeURL.from(path, to: PageKey.search.path(language)),
            "choose_url": RelativeURL.from(path, to: "index.html") + "#choose",
            "is_home": key == .home,
        ]
        context["nav"] = navigation(key, language, path: path)
        return context
    }

    /// Makes, per language, the layout values every case page shares: all of them sit in a
    /// folder of their own under `cases/`, so their links to the rest of the site, their
    /// navigation and their section are the same (10,000 case pages built them 10,000 times).
    func caseLayouts() -> [String: [String: Any]] {
        guard let first = site.cases.first else { return [:] }
        var layouts: [String: [String: Any]] = [:]
        for language in site.config.languages {
            layouts[language] = sharedLayout(.case(first.id), language, path: PageKey.case(first.id).path(language))
        }
        return layouts
    }

    /// Absolute with base_url (search engines want that), relative without it.
    func url(of key: PageKey, _ language: String, from path: String) -> String {
        if let base = site.config.baseURL { return base + key.path(language) }
        return RelativeURL.from(path, to: key.path(language))
    }

    func navigation(_ key: PageKey, _ language: String, path: String) -> [[String: Any]] {
        let t = strings(language)
        var items: [(String, PageKey)] = [(t["nav_cases"], .casesIndex), (t["nav_municipalities"], .municipalities)]
        if site.config.publish != .none { items.append((t["nav_results"], .results)) }
        for page in site.pages where page.menu != nil && page.id != "home" {
            if let translation = page.translations[language] { items.append((translation.title, .page(page.id))) }
        }
        items.append((t["nav_search"], .search))
        return items.map { label, target -> [String: Any] in
            // aria-current="page" only on the page itself; "true" marks the section it belongs to.
            let current: Any = key == target ? "page" : (section(of: key) == target ? "true" : false)
            return ["label": label, "url": RelativeURL.from(path, to: target.path(language)), "current": current]
        }
    }

    /// The navigation entry a page belongs under.
    private func section(of key: PageKey) -> PageKey {
        switch key {
        case .case, .casesIndex, .browse(.sectors, _), .browse(.targetGroups, _), .browseIndex(.sectors), .browseIndex(.targetGroups):
            return .casesIndex
        case .municipality, .municipalities, .browse(.regions, _), .browseIndex(.regions): return .municipalities
        default: return key
        }
    }

    /// The case's translation in `language`, or the first one it has, and that language.
    func translation(of item: Case, _ language: String) -> (Case.Translation, String) {
        if let own = item.translations[language] { return (own, language) }
        let other = site.config.languages.first { item.translations[$0] != nil }!
        return (item.translations[other]!, other)
    }

    /// Makes, on every core, each case's card (`CaseCard`) in every language, once, and its
    /// template values for the lists two folders below the language (browse and municipality
    /// pages), with the card partial rendered into them when the theme's partial allows (see
    /// `Theme.prerendered`): a case is listed on several of those pages.
    func cards() -> [String: CardCache] {
        let languages = site.config.languages
        let cases = site.cases
        guard !cases.isEmpty else { return [:] }
        let renderer = self
        let made = Concurrently.map(languages.count * cases.count) { slot -> (CaseCard, Any) in
            let language = languages[slot / cases.count]
            let card = CaseCard(cases[slot % cases.count], language: language, site: renderer.site,
                                strings: renderer.strings(language))
            return (card, renderer.theme.prerendered("case-card", card.templateValues(linkingFrom: Self.cardReference(language))))
        }
        var cache: [String: CardCache] = [:]
        for (offset, language) in languages.enumerated() {
            let mine = made[offset * cases.count..<(offset + 1) * cases.count]
            cache[language] = CardCache(casesURL: RelativeURL.from(Self.cardReference(language), to: PageKey.casesIndex.path(language)),
                                        models: mine.map(\.0), values: mine.map(\.1))
        }
        return cache
    }

    /// A page the prepared cards are made for: any page at the same depth, outside cases/, has
    /// the same links to cases.
    private static func cardReference(_ language: String) -> String { PageKey.browse(.sectors, "-").path(language) }

    /// Cards of the cases at `indices` in `site.cases`: the values made once when the page's
    /// links to cases are the cache's (see `cards()`), else made from the case's card.
    func caseCards(at indices: [Int], _ language: String, from path: String) -> [Any] {
        if let cache = cardCache[language], RelativeURL.from(path, to: PageKey.casesIndex.path(language)) == cache.casesURL {
            return indices.map { cache.values[$0] }
        }
        return indices.map { caseCard(at: $0, language, from: path) }
    }

    /// The card of the case at `index` in `site.cases`, linking from the page at `path`.
    func caseCard(at index: Int, _ language: String, from path: String) -> [String: Any] {
        let card = cardCache[language]?.models[index]
            ?? CaseCard(site.cases[index], language: language, site: site, strings: strings(language))
        return card.templateValues(linkingFrom: path)
    }
}
