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
        for key in writtenOrder {
            let languages = site.config.languages.filter { written[key]?.contains($0) == true }
            for language in languages {
                xml += "  <url>\n    <loc>\(HTML.escape(base + key.path(language)))</loc>\n"
                if let date = site.config.date { xml += "    <lastmod>\(date)</lastmod>\n" }
                if languages.count > 1 {
                    for other in languages {
                        xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(HTML.escape(base + key.path(other)))\"/>\n"
                    }
                }
                xml += "  </url>\n"
            }
        }
        return xml + "</urlset>\n"
    }
}
