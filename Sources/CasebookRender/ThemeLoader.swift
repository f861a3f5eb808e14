import Foundation
import CasebookModel

/// Reads `themes/<name>/` (or, for the default theme without a folder, the copy the binary
/// carries): templates, strings and assets.
public struct ThemeLoader {
    public static let requiredTemplates = [
        "layout", "home", "cases", "case", "municipalities", "municipality", "results", "browse-index",
        "browse", "page", "search", "root", "not-found", "deck",
    ]

    public var root: URL
    public var config: Config

    public init(root: URL, config: Config) {
        self.root = root
        self.config = config
    }

    public func load() -> (Theme?, Diagnostics) {
        var diagnostics = Diagnostics()
        let base = "themes/\(config.theme)"
        // A theme folder on disk wins; without one, the default theme is the binary's own copy.
        guard let theme = ThemeFiles.read(root.appendingPathComponent(base), base: base, containment: FolderContainment(root: root))
                ?? (config.theme == EmbeddedTheme.name ? ThemeFiles.embedded : nil) else {
            diagnostics.error(SourceLocation(file: ConfigLoader.path), "theme '\(config.theme)' not found: there is no \(base)/ folder")
            return (nil, diagnostics)
        }
        // A link out of the casebook folder is never read, so nothing outside it is published.
        for (path, target) in theme.outside {
            diagnostics.error(SourceLocation(file: path.isEmpty ? base : "\(base)/\(path)"), FolderContainment.message(target))
        }
        if !theme.outside.isEmpty { return (nil, diagnostics) }
        var sources: [(name: String, file: String, text: String)] = []
        var reservedIDs = Set<String>()
        for (name, data) in theme.under("templates") where name.hasSuffix(".mustache") {
            let file = "\(base)/templates/\(name)"
            guard let text = decode(data, file: file, into: &diagnostics) else { continue }
            reservedIDs.formUnion(Self.literalIDs(in: text))
            sources.append((String(name.dropLast(".mustache".count)), file, text))
        }
        for path in theme.unreadable.sorted() where path.hasPrefix("templates/") || path.hasPrefix("strings/") {
            diagnostics.error(SourceLocation(file: "\(base)/\(path)"), "cannot read the file")
        }
        let (templates, templateErrors) = CompiledTemplates.compile(sources)
        diagnostics.append(contentsOf: templateErrors)
        for name in Self.requiredTemplates where templates[name] == nil && !diagnostics.hasErrors {
            diagnostics.error(SourceLocation(file: "\(base)/templates/\(name).mustache"), "theme template '\(name)' is missing")
        }
        let strings = loadStrings(theme, into: &diagnostics)
        let assets = theme.under("assets").map { OutputFile(path: "assets/\($0.name)", data: $0.data) }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (Theme(name: config.theme, templates: templates, strings: strings, assets: assets,
                      reservedIDs: reservedIDs), diagnostics)
    }

    /// The values of `id="…"` attributes that contain no template tag.
    static func literalIDs(in template: String) -> Set<String> {
        var ids = Set<String>()
        var rest = template[...]
        while let start = rest.range(of: "id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let value = rest[..<end]
            if !value.contains("{"), !value.isEmpty { ids.insert(String(value)) }
            rest = rest[end...]
        }
        return ids
    }

    private func loadStrings(_ theme: ThemeFiles, into diagnostics: inout Diagnostics) -> [String: UIStrings] {
        let base = theme.base
        var result: [String: UIStrings] = [:]
        for language in config.languages {
            let file = "\(base)/strings/\(language).yml"
            guard let data = theme["strings/\(language).yml"], let text = decode(data, file: file, into: &diagnostics) else { continue }
            result[language] = parseStrings(text, language: language, file: file, into: &diagnostics)
        }
        let main = config.defaultLanguage
        guard let fallback = result[main] else {
            diagnostics.error(SourceLocation(file: "\(base)/strings/\(main).yml"),
                              "the theme has no strings for the default language '\(main)'")
            return result
        }
        for language in config.languages.dropFirst() {
            let file = "\(base)/strings/\(language).yml"
            var strings = result[language] ?? UIStrings(language: language)
            let missing = strings.fill(from: fallback)
            if result[language] == nil {
                diagnostics.warning(SourceLocation(file: file), "no interface strings for '\(language)'; the \(main) strings are used")
            } else {
                for key in missing {
                    diagnostics.warning(SourceLocation(file: file, line: 1, column: 1),
                                        "missing string '\(key)'; the \(main) text is used")
                }
            }
            result[language] = strings
        }
        return result
    }

    private func parseStrings(_ text: String, language: String, file: String, into diagnostics: inout Diagnostics) -> UIStrings {
        var strings = UIStrings(language: language)
        let yaml = YAMLReader(file: file)
        guard let mapping = yaml.parse(text, into: &diagnostics)?.pairs else { return strings }
        for pair in mapping {
            let key = pair.key
            guard let name = key.text else { continue }
            switch pair.value.content {
            case .scalar(let scalar):
                strings.texts[name] = scalar.text
            case .mapping(let forms):
                var plural: [String: String] = [:]
                for form in forms { if let c = form.key.text, let f = form.value.text { plural[c] = f } }
                strings.plurals[name] = plural
            case .sequence:
                diagnostics.error(yaml.location(key), "string '\(name)' must be text or a map of plural forms")
            }
        }
        return strings
    }

    private func decode(_ data: Data, file: String, into diagnostics: inout Diagnostics) -> String? {
        switch SourceText.decode(data, file: file) {
        case .success(let text): return text
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        }
    }
}
