import Foundation
import CasebookModel

/// `casebook new`: creates a document in every configured language from a template that
/// carries every field with a short comment and the recommended body sections. New
/// documents are drafts, so they never reach the website half-written.
public struct Scaffolder {
    public var root: URL
    public var config: Config

    public init(root: URL, config: Config) {
        self.root = root
        self.config = config
    }

    /// Writes the files and returns their paths (relative to the casebook folder).
    public func create(_ kind: DocumentKind, id: String, languages requested: [String]? = nil) throws -> [String] {
        guard ContentPath.isValidID(id) else {
            throw Problem("'\(id)' is not a valid id: use lowercase letters a–z, digits and '-' (e.g. masy-kindergarten)")
        }
        // An evaluation is named after its municipality: another id would score a municipality nobody meant.
        if kind == .evaluations, !config.municipalities.contains(id) {
            throw Problem("unknown municipality '\(id)'\(Suggestion.didYouMean(id, in: config.municipalities.ids)); "
                + "an evaluation's id is the id of its municipality in content/casebook.yml; nothing was written")
        }
        let languages = requested ?? config.languages
        for language in languages where !config.languages.contains(language) {
            throw Problem("language '\(language)' is not configured in casebook.yml (languages: \(config.languages.joined(separator: ", ")))")
        }
        let folder = root.appendingPathComponent("content/\(kind.rawValue)")
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if let clash = existing.sorted().first(where: { $0 == "\(id).md" || ($0.hasPrefix("\(id).") && $0.hasSuffix(".md") && $0.split(separator: ".").count == 3) }) {
            throw Problem("\(kind.noun) '\(id)' already exists: content/\(kind.rawValue)/\(clash)")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let templates = ScaffoldTemplates(config: config, id: id)
        let primary = languages.first { $0 == config.defaultLanguage } ?? languages[0]
        let original = templates.original(kind, language: config.defaultLanguage)
        let originalFile = "content/\(kind.rawValue)/\(id).\(config.defaultLanguage).md"
        let fingerprint = (try? TranslationFingerprint.ofOriginal(
            data: Data(original.utf8), file: originalFile,
            path: ContentPath.parse(fileName: "\(id).\(config.defaultLanguage).md", kind: kind).get(), config: config).get())
            ?? BodyFingerprint.of(templates.body(kind, language: config.defaultLanguage))
        var written: [String] = []
        for language in languages {
            let text: String
            if language == primary {
                text = templates.original(kind, language: language)
            } else {
                text = templates.translation(kind, language: language, translationOf: fingerprint)
            }
            let path = "content/\(kind.rawValue)/\(id).\(language).md"
            try Data(text.utf8).write(to: root.appendingPathComponent(path), options: .withoutOverwriting)
            written.append(path)
        }
        return written
    }
}
