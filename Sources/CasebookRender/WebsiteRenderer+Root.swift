import Foundation
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

    /// `404.html` at the top. A server shows it at whatever address was missing
    /// (`/casebook/en/cases/nope/x/`), where its relative links would lead nowhere: see
    /// `NotFoundBase` for how the page finds the site's root.
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
            "root_script": NotFoundBase.script(baseURL: config.baseURL, topFolders: config.languages + ["assets"]),
            "t": strings(config.defaultLanguage).templateValue,
        ]
        files.append(OutputFile(path: "404.html", text: theme.render("not-found", context) ?? ""))
    }

    /// `sitemap.xml` with every page and its translations (only when base_url is set).
    /// Written as bytes: 20,000 entries appended as interpolated Strings took 50 ms of one
    /// core at the end of a large build.
    func sitemap() -> Data {
        guard let base = site.config.baseURL else { return Data() }
        var xml: [UInt8] = []
        func put(_ text: String) { xml.append(contentsOf: text.utf8) }
        xml.reserveCapacity(writtenOrder.count * 500)
        put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        put("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n")
        let lastmod = site.config.date.map { "    <lastmod>\($0)</lastmod>\n" }
        for key in writtenOrder {
            guard let present = written[key] else { continue }
            let languages = site.config.languages.filter { present.contains($0) }
            // Each page's address in each language, made once for its entry and its alternates.
            let locations = languages.map { HTML.escape(base + key.path($0)) }
            for location in locations {
                put("  <url>\n    <loc>"); put(location); put("</loc>\n")
                if let lastmod { put(lastmod) }
                if languages.count > 1 {
                    for (other, alternate) in zip(languages, locations) {
                        put("    <xhtml:link rel=\"alternate\" hreflang=\""); put(other)
                        put("\" href=\""); put(alternate); put("\"/>\n")
                    }
                }
                put("  </url>\n")
            }
        }
        put("</urlset>\n")
        return Data(xml)
    }
}
