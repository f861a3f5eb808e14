import CasebookModel

extension WebsiteRenderer {
    /// `index.html` at the top: a language choice that works without script and, with it,
    /// goes to the language chosen last time.
    mutating func renderRoot() {
        let config = site.config
        let languages = config.languages.map { language -> [String: String] in
            let t = strings(language)
            return ["lang": language, "label": t["language_name"], "title": config.title[language] ?? "",
                    "url": PageKey.home.path(language), "enter": t["enter_site"]]
        }
        let main = config.defaultLanguage
        let context: [String: Any] = [
            "lang": main,
            "languages": languages,
            "title": config.languages.compactMap { config.title[$0] }.joined(separator: " / "),
            "css_url": "assets/casebook.css",
            "js_url": "assets/casebook.js",
            "t": strings(main).templateValue,
        ]
        files.append(OutputFile(path: "index.html", text: theme.render("root", context) ?? ""))
    }

    mutating func renderNotFound() {
        let config = site.config
        let languages = config.languages.map { language -> [String: String] in
            let t = strings(language)
            return ["lang": language, "message": t["not_found"], "home": t["home"], "url": PageKey.home.path(language)]
        }
        let context: [String: Any] = [
            "lang": config.defaultLanguage,
            "languages": languages,
            "title": strings(config.defaultLanguage)["not_found_title"],
            "css_url": "assets/casebook.css",
            "t": strings(config.defaultLanguage).templateValue,
        ]
        files.append(OutputFile(path: "404.html", text: theme.render("not-found", context) ?? ""))
    }

    /// `sitemap.xml` with every page and its translations (only when base_url is set).
    func sitemap() -> String {
        guard let base = site.config.baseURL else { return "" }
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        xml.reserveCapacity(writtenOrder.count * 500)
        for key in writtenOrder {
            guard let present = written[key] else { continue }
            let languages = site.config.languages.filter { present.contains($0) }
            // Each page's address in each language, made once for its entry and its alternates.
            let locations = languages.map { HTML.escape(base + key.path($0)) }
            for location in locations {
                xml += "  <url>\n    <loc>\(location)</loc>\n"
                if let date = site.config.date { xml += "    <lastmod>\(date)</lastmod>\n" }
                if languages.count > 1 {
                    for (other, alternate) in zip(languages, locations) {
                        xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(alternate)\"/>\n"
                    }
                }
                xml += "  </url>\n"
            }
        }
        return xml + "</urlset>\n"
    }
}
