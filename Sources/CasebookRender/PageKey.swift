import Foundation
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
        case .case(let id): return site.hasCase(id, in: language)
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
    /// Works on bytes: every link of every page goes through here, and splitting paths into
    /// Characters made it an eighth of a build.
    public static func from(_ source: String, to target: String) -> String {
        var source = source
        var target = target
        return source.withUTF8 { from in
            target.withUTF8 { to in
                // The source's folders are its non-empty components before the last non-empty
                // one (the file); the target's parts keep empty ones. Both are walked in place:
                // pages ask for a dozen links each, and arrays of components per call added up.
                var limit = from.count
                while limit > 0, from[limit - 1] == UInt8(ascii: "/") { limit -= 1 }
                while limit > 0, from[limit - 1] != UInt8(ascii: "/") { limit -= 1 }
                var position = 0
                var part = 0
                var matching = true
                var up = 0
                while position < limit {
                    if from[position] == UInt8(ascii: "/") {
                        position += 1
                        continue
                    }
                    var end = position
                    while end < limit, from[end] != UInt8(ascii: "/") { end += 1 }
                    if matching {
                        var partEnd = part
                        while partEnd < to.count, to[partEnd] != UInt8(ascii: "/") { partEnd += 1 }
                        // A part matches only if another follows it (the target's last part is its file).
                        if partEnd < to.count, equal(from, position..<end, to, part..<partEnd) {
                            part = partEnd + 1
                        } else {
                            matching = false
                        }
                    }
                    if !matching { up += 1 }
                    position = end
                }
                var url: [UInt8] = []
                url.reserveCapacity(3 * up + to.count - part)
                for _ in 0..<up { url += [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "/")] }
                if part < to.count { url.append(contentsOf: UnsafeBufferPointer(rebasing: to[part...])) }
                return String(decoding: url, as: UTF8.self)
            }
        }
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Bool {
        ra.count == rb.count && (ra.isEmpty || memcmp(a.baseAddress! + ra.lowerBound, b.baseAddress! + rb.lowerBound, ra.count) == 0)
    }
}
