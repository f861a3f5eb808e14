import CasebookModel
import CasebookMarkdown
import CasebookSupport

/// Turns link and image destinations written in Markdown into relative URLs of the website:
/// content files become pages in the page's language, media files are copied, and anything
/// that cannot resolve is reported at its line and column.
struct LinkResolver {
    var site: Site
    /// The language of the page the body appears on.
    var language: String
    /// The output path of that page.
    var pagePath: String
    /// The body's file (`content/cases/x.ru.md`).
    var sourceFile: String {
        didSet { sourceFolders = Self.folders(of: sourceFile) }
    }
    /// The folders of `sourceFile`, which every relative link starts from.
    private var sourceFolders: [String]
    var diagnostics = Diagnostics()
    /// Paths under content/media/ that the body uses.
    var media = Set<String>()
    /// Links that lead to another language's page, for `hreflang` and "(in Russian)".
    var crossLanguage = CrossLanguageLinks()

    private static let externalSchemes = ["http:", "https:", "mailto:", "tel:"]

    init(site: Site, language: String, pagePath: String, sourceFile: String) {
        self.site = site
        self.language = language
        self.pagePath = pagePath
        self.sourceFile = sourceFile
        sourceFolders = Self.folders(of: sourceFile)
    }

    private static func folders(of file: String) -> [String] {
        file.utf8.split(separator: UInt8(ascii: "/")).dropLast().map { String(decoding: $0, as: UTF8.self) }
    }

    mutating func resolve(_ reference: MarkdownReference) -> String? {
        let location = SourceLocation(file: sourceFile, line: reference.line, column: reference.column)
        let destination = reference.destination
        if reference.kind == .image, reference.text.trimmingCharacters(in: .whitespaces).isEmpty {
            diagnostics.error(location, "image '\(destination)' has no alt text; write ![what the image shows](\(destination))")
        }
        if destination.isEmpty || destination.hasPrefix("#") { return nil }
        let lowered = destination.lowercased()
        if Self.externalSchemes.contains(where: { lowered.hasPrefix($0) }) || lowered.hasPrefix("//") {
            if reference.kind == .image {
                diagnostics.error(location, "image '\(destination)' is not in content/media/; the site must work offline, so copy the image there")
            }
            return nil
        }
        if Self.hasScheme(lowered) {
            diagnostics.error(location, "link '\(destination)' uses a scheme that is not allowed; use http, https, mailto or tel")
            return nil
        }
        var path = destination
        var fragment = ""
        // Found as bytes ('#' and '?' are ASCII): a Character search cost more than the rest.
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(path[hash...])
            path = String(path[..<hash])
        }
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) { path = String(path[..<query]) }
        // Foundation's `contains(_: String)` searches through CFString; one byte is enough here.
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        guard let resolved = resolveInsideContent(path) else {
            diagnostics.error(location, "link '\(destination)' leaves content/")
            return ""
        }
        if resolved.first == "media" {
            let relative = resolved.dropFirst().joined(separator: "/")
            guard site.mediaFiles.contains(relative) else {
                // `a#1.jpg` is read as `a` with the fragment `#1.jpg`; `?` starts a query.
                let whole = String(destination.split(separator: "/").last ?? "")
                if let cut = whole.firstIndex(where: { $0 == "#" || $0 == "?" }),
                   site.mediaFiles.contains((resolved.dropFirst().dropLast() + [whole]).joined(separator: "/")) {
                    let encoded = whole.replacingOccurrences(of: "#", with: "%23").replacingOccurrences(of: "?", with: "%3F")
                    diagnostics.error(location, "\(reference.kind == .image ? "image" : "link") '\(destination)': '\(whole[cut])' in a link starts a \(whole[cut] == "#" ? "fragment" : "query"); write the file name as '\(encoded)'")
                    return ""
                }
                diagnostics.error(location, "\(reference.kind == .image ? "image" : "link") target 'content/media/\(relative)' not found\(Suggestion.didYouMean(relative, in: site.mediaFiles))")
                return ""
            }
            if let problem = site.mediaProblems[relative] {
                if problem.isError {
                    diagnostics.error(location, problem.message)
                    return ""
                }
                diagnostics.warning(location, problem.message)
            }
            media.insert(relative)
            return RelativeURL.from(pagePath, to: "media/\(relative)").percentEncodedPath + fragment
        }
        guard resolved.count == 2, let kind = DocumentKind(rawValue: resolved[0]), resolved[1].hasSuffix(".md") else {
            diagnostics.error(location, "link '\(destination)' is neither a content file (cases/, evaluations/, pages/, slides/) nor under content/media/")
            return ""
        }
        guard case .success(let target) = ContentPath.parse(fileName: resolved[1], kind: kind) else {
            diagnostics.error(location, "link '\(destination)' does not name a content file")
            return ""
        }
        guard let key = pageKey(kind: kind, id: target.id, location: location) else { return "" }
        if key.exists(in: language, site: site) {
            return RelativeURL.from(pagePath, to: key.path(language)) + fragment
        }
        if let other = site.config.languages.first(where: { key.exists(in: $0, site: site) }) {
            diagnostics.warning(location, "'\(destination)' has no \(language) translation; linking to the \(other) page")
            let url = RelativeURL.from(pagePath, to: key.path(other)) + fragment
            if reference.kind == .link { crossLanguage.targets[url] = other }
            return url
        }
        diagnostics.warning(location, "'\(destination)' is not published in this build; the link goes to the home page")
        return RelativeURL.from(pagePath, to: PageKey.home.path(language))
    }

    /// Whether `destination` starts with a URL scheme (`^[a-z][a-z0-9+.-]*:`); checked by hand,
    /// as a regular expression per link cost more than rendering the link's page.
    static func hasScheme(_ destination: String) -> Bool {
        var scalars = destination.unicodeScalars.makeIterator()
        guard let first = scalars.next(), ("a"..."z").contains(first) else { return false }
        while let scalar = scalars.next() {
            if scalar == ":" { return true }
            guard ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "." || scalar == "-"
            else { return false }
        }
        return false
    }

    /// The page a content file becomes, or nil after reporting a missing file.
    private mutating func pageKey(kind: DocumentKind, id: String, location: SourceLocation) -> PageKey? {
        switch kind {
        case .cases where site.hasCase(id): return .case(id)
        case .evaluations where site.evaluation(id) != nil:
            return .municipality(site.evaluation(id)!.municipality)
        case .pages where site.page(id) != nil: return id == "home" ? .home : .page(id)
        case .slides where site.deck(id) != nil: return .deck(id)
        default:
            if site.unreadable[kind]?.contains(id) == true { return nil }
            if site.omittedDrafts[kind]?.contains(id) == true {
                diagnostics.warning(location, "\(kind.noun) '\(id)' is a draft and left out of this build; the link goes to the home page")
                return .home
            }
            let known: [String]
            switch kind {
            case .cases: known = site.cases.map(\.id)
            case .evaluations: known = site.evaluations.map(\.id)
            case .pages: known = site.pages.map(\.id)
            case .slides: known = site.decks.map(\.id)
            }
            diagnostics.error(location, "link to a missing \(kind.noun): content/\(kind.rawValue)/\(id).md does not exist\(Suggestion.didYouMean(id, in: known))")
            return nil
        }
    }

    /// `path` resolved against the body's folder, as components under content/; nil if it leaves.
    private func resolveInsideContent(_ path: String) -> [String]? {
        var parts = sourceFolders
        guard parts.first == "content" else { return nil }
        if path.hasPrefix("/") { return nil }
        for part in path.utf8.split(separator: UInt8(ascii: "/")) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                parts.removeLast()
                if parts.isEmpty { return nil }
            } else {
                parts.append(String(decoding: part, as: UTF8.self))
            }
        }
        guard parts.first == "content" else { return nil }
        return Array(parts.dropFirst())
    }
}
