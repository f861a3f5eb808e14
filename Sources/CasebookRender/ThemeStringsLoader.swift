import Foundation
import CasebookModel

/// Reads a theme's `strings/<lang>.yml` for every language of the casebook. A key the file
/// lacks takes the built-in default theme's text in the same language (a theme folder made
/// before that key existed), then the default language's text; each strings file that needed
/// either gets one warning naming its keys.
struct ThemeStringsLoader {
    var config: Config
    var theme: ThemeFiles
    /// The built-in default theme, when the theme being loaded is a folder on disk.
    var builtIn: ThemeFiles?

    func load(into diagnostics: inout Diagnostics) -> [String: UIStrings] {
        let main = config.defaultLanguage
        var own: [String: UIStrings] = [:]
        // Files with an error already reported: their keys are not listed again as missing.
        var broken = Set<String>()
        for language in config.languages {
            let file = path(language)
            guard let data = theme["strings/\(language).yml"] else { continue }
            guard let text = ThemeLoader.decode(data, file: file, into: &diagnostics) else {
                broken.insert(language)
                continue
            }
            var found = Diagnostics()
            own[language] = Self.parse(text, language: language, file: file, into: &found)
            if found.hasErrors { broken.insert(language) }
            diagnostics.append(contentsOf: found)
        }
        guard own[main] != nil else {
            diagnostics.error(SourceLocation(file: path(main)), "the theme has no strings for the default language '\(main)'")
            return own
        }
        var result: [String: UIStrings] = [:]
        // The default language first: the others fall back to it once it is whole.
        for language in config.languages {
            let file = path(language)
            var strings = own[language] ?? UIStrings(language: language)
            let reference = builtInStrings(language)
            let fromBuiltIn = reference.map { strings.fill(from: $0) } ?? []
            let fromMain = language == main ? [] : result[main].map { strings.fill(from: $0) } ?? []
            result[language] = strings
            if broken.contains(language) { continue }
            let location = SourceLocation(file: file, line: 1, column: 1)
            if own[language] == nil {
                diagnostics.warning(SourceLocation(file: file), reference == nil
                    ? "no interface strings for '\(language)'; the \(main) strings are used"
                    : "no interface strings for '\(language)'; the built-in theme's are used")
                if reference == nil { continue }
            } else if !fromBuiltIn.isEmpty {
                let keys = fromBuiltIn.joined(separator: ", "), count = fromBuiltIn.count
                diagnostics.warning(location, "missing \(count) \(plural: count, "string", "strings"): \(keys); the built-in theme's texts are used")
            }
            if !fromMain.isEmpty {
                let keys = fromMain.joined(separator: ", "), count = fromMain.count
                diagnostics.warning(location, "missing \(count) \(plural: count, "string", "strings"): \(keys); the \(main) texts are used")
            }
        }
        return result
    }

    private func path(_ language: String) -> String { "\(theme.base)/strings/\(language).yml" }

    /// The built-in theme's strings of `language`; nil when there is no built-in theme to fall
    /// back to, it has no such file, or the theme's file is the same (nothing to fill in).
    private func builtInStrings(_ language: String) -> UIStrings? {
        let name = "strings/\(language).yml"
        guard let data = builtIn?[name], data != theme[name], let text = String(data: data, encoding: .utf8) else { return nil }
        var ignored = Diagnostics()
        return Self.parse(text, language: language, file: "\(builtIn?.base ?? "")/\(name)", into: &ignored)
    }

    static func parse(_ text: String, language: String, file: String, into diagnostics: inout Diagnostics) -> UIStrings {
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
}
