import CasebookModel

/// What a link preview (Telegram, WhatsApp, social networks) shows of a page: Open Graph and
/// Twitter card values for the layout. Preview services need absolute addresses, so the page's
/// address and a case's image are given only when the casebook has a `base_url`.
struct OpenGraphTags {
    var site: Site

    /// Template values `og_title`, `og_locale`, `og_locale_alternates`, `og_type`, and with a
    /// `base_url` `og_image` and `og_image_alt` for a case with an image.
    func values(_ key: PageKey, _ language: String, title: String) -> [String: Any] {
        var values: [String: Any] = [
            "og_title": title,
            "og_type": key == .home ? "website" : "article",
            "og_locale": Self.locale(language),
            "og_locale_alternates": site.config.languages
                .filter { $0 != language && key.exists(in: $0, site: site) }.map(Self.locale),
        ]
        if case .case(let id) = key, let base = site.config.baseURL, let item = site.case(id), let image = item.image,
           case .success(let relative) = MediaPath.resolve(image) {
            values["og_image"] = base + "media/" + relative
            let translation = item.translations[language] ?? item.translations.values.first
            values["og_image_alt"] = translation?.imageAlt ?? ""
        }
        return values
    }

    /// Open Graph wants a language and territory: `ru_RU`, `en_US`.
    static func locale(_ language: String) -> String {
        switch language {
        case "ru": return "ru_RU"
        case "en": return "en_US"
        case "ky": return "ky_KG"
        case "kk": return "kk_KZ"
        default: return language
        }
    }
}
