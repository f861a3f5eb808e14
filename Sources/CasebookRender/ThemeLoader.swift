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
        let onDisk = ThemeFiles.read(root.appendingPathComponent(base), base: base, containment: FolderContainment(root: root))
        guard let theme = onDisk ?? (config.theme == EmbeddedTheme.name ? ThemeFiles.embedded : nil) else {
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
            guard let text = Self.decode(data, file: file, into: &diagnostics) else { continue }
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
        // A theme folder falls back to the built-in theme's strings for the keys it lacks.
        let strings = ThemeStringsLoader(config: config, theme: theme, builtIn: onDisk == nil ? nil : ThemeFiles.embeddedStrings)
            .load(into: &diagnostics)
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

    static func decode(_ data: Data, file: String, into diagnostics: inout Diagnostics) -> String? {
        switch SourceText.decode(data, file: file) {
        case .success(let text): return text
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        }
    }
}
