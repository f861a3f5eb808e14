import CasebookModel

/// Every kind of page the website has, independent of language.
public enum PageKey: Sendable, Hashable {
    case home, casesIndex, municipalities, results, search
    case `case`(String)
    case municipality(String)
    case browseIndex(BrowseKind)
    case browse(BrowseKind, String)
    case page(String)
    case deck(String)

    /// The output path of this page in `language`, e.g. `ru/cases/x/index.html`.
    public func path(_ language: String) -> String {
        switch self {
        case .home: return "\(language)/index.html"
        case .casesIndex: return "\(language)/cases/index.html"
        case .municipalities: return "\(language)/municipalities/index.html"
        case .results: return "\(language)/results/index.html"
        case .search: return "\(language)/search/index.html"
        case .case(let id): return "\(language)/cases/\(id)/index.html"
        case .municipality(let id): return "\(language)/municipalities/\(id)/index.html"
        case .browseIndex(let kind): return "\(language)/\(kind.rawValue)/index.html"
        case .browse(let kind, let id): return "\(language)/\(kind.rawValue)/\(id)/index.html"
        case .page(let id): return "\(language)/\(id)/index.html"
        case .deck(let id): return "\(language)/slides/\(id)/index.html"
        }
    }

    /// Whether this page exists in `language` (documents exist only where translated).
    public func exists(in language: String, site: Site) -> Bool {
        switch self {
        case .case(let id): return site.case(id)?.translations[language] != nil
        case .page(let id): return id != "home" && site.page(id)?.translations[language] != nil
        case .deck(let id): return site.deck(id)?.translations[language] != nil
        case .results: return site.config.publish != .none
        default: return true
        }
    }

    /// Where the language switcher goes when this page is not translated.
    public var fallback: PageKey {
        switch self {
        case .case: return .casesIndex
        default: return .home
        }
    }
}

/// The vocabularies that have browse pages.
public enum BrowseKind: String, Sendable, Hashable, CaseIterable {
    case sectors
    case targetGroups = "target-groups"
    case regions

    func vocabulary(_ config: Config) -> Vocabulary {
        switch self {
        case .sectors: return config.sectors
        case .targetGroups: return config.targetGroups
        case .regions: return config.regions
        }
    }

    /// The key of this kind's plural title in the theme strings.
    var titleKey: String {
        switch self {
        case .sectors: return "sectors"
        case .targetGroups: return "target_groups"
        case .regions: return "regions"
        }
    }
}

/// Relative URLs between output files, so the site works from any folder and from disk.
public enum RelativeURL {
    /// The URL of `target` as seen from the page at `source` (both relative to the output root).
    public static func from(_ source: String, to target: String) -> String {
        let from = source.split(separator: "/").dropLast()
        let to = target.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let ups = String(repeating: "../", count: from.count - common)
        return ups + to[common...].joined(separator: "/")
    }
}
