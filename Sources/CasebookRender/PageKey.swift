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
    /// Works on bytes: every link of every page goes through here, and splitting paths into
    /// Characters made it an eighth of a build.
    public static func from(_ source: String, to target: String) -> String {
        var source = source
        var target = target
        return source.withUTF8 { from in
            target.withUTF8 { to in
                // The source's folders (empty components dropped, the file name too); every
                // component of the target, empty ones kept.
                let folders = components(from, keepingEmpty: false).dropLast()
                let parts = components(to, keepingEmpty: true)
                var common = 0
                while common < folders.count, common < parts.count - 1,
                      equal(from, folders[folders.startIndex + common], to, parts[common]) {
                    common += 1
                }
                var url: [UInt8] = []
                url.reserveCapacity(3 * (folders.count - common) + to.count)
                for _ in 0..<(folders.count - common) { url += [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "/")] }
                url.append(contentsOf: UnsafeBufferPointer(rebasing: to[parts[common].lowerBound...]))
                return String(decoding: url, as: UTF8.self)
            }
        }
    }

    private static func components(_ path: UnsafeBufferPointer<UInt8>, keepingEmpty: Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0...path.count where index == path.count || path[index] == UInt8(ascii: "/") {
            if keepingEmpty || index > start { result.append(start..<index) }
            start = index + 1
        }
        return result
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Bool {
        ra.count == rb.count && (ra.isEmpty || memcmp(a.baseAddress! + ra.lowerBound, b.baseAddress! + rb.lowerBound, ra.count) == 0)
    }
}
