import Foundation
import CasebookModel

/// `casebook init`: a new casebook that builds at once — `content/casebook.yml` with every
/// setting explained, and one example case, evaluation and page as drafts (made by the same
/// `Scaffolder` as `casebook new`) in every language. No `themes/` folder: the default theme
/// is built in.
public struct CasebookInitializer {
    public var root: URL
    public var languages: [String]
    /// The casebook's `date` (YYYY-MM-DD), so that a first build shows the day it was started.
    public var date: String

    /// `date` is the day of SOURCE_DATE_EPOCH in `environment` (in UTC, as a build reads it),
    /// else the day `now` falls on in `timeZone`.
    public init(root: URL, languages: [String] = ["ru", "en"], environment: [String: String] = [:],
                now: Date = Date(), timeZone: TimeZone = .current) {
        self.root = root
        self.languages = languages
        let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        let day = Date.ISO8601FormatStyle(dateSeparator: .dash, timeZone: epoch == nil ? timeZone : TimeZone(identifier: "UTC")!)
            .year().month().day()
        date = day.format(epoch.map { Date(timeIntervalSince1970: $0) } ?? now)
    }

    /// Writes the casebook and returns the paths written (relative to `root`). Refuses a
    /// folder that already has `content/`, and then writes nothing.
    public func create() throws -> [String] {
        guard !languages.isEmpty else { throw Problem("--languages names no language, e.g. --languages ru,en") }
        for language in languages where !Self.isLanguageCode(language) {
            throw Problem("'\(language)' is not a language code: use a BCP 47 code such as ru, en or ky")
        }
        if Set(languages).count != languages.count { throw Problem("--languages names a language twice") }
        let content = root.appendingPathComponent("content")
        if FileManager.default.fileExists(atPath: content.path) {
            throw Problem("\(root.path) already has a content/ folder; nothing was written (casebook init starts a casebook in a new or empty folder)")
        }
        let text = StarterConfig(languages: languages, date: date).text
        let (loaded, diagnostics) = ConfigLoader.load(text: text)
        guard let config = loaded else {
            // The starter is casebook's own text: a problem in it is a bug, reported as such.
            throw Problem("the starter casebook.yml is invalid: \(diagnostics.sorted.map(\.description).joined(separator: "; "))")
        }
        do {
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: root.appendingPathComponent(ConfigLoader.path), options: .withoutOverwriting)
            for folder in ["media"] {
                try FileManager.default.createDirectory(at: content.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
        } catch {
            throw Problem("could not write \(root.appendingPathComponent(ConfigLoader.path).path): \(FileFailure.reason(of: error))")
        }
        let scaffolder = Scaffolder(root: root, config: config)
        var written = [ConfigLoader.path]
        let cases = try scaffolder.create(.cases, id: "example-case")
        for path in cases {
            // The example shows what a summary is, and a draft without one only warns.
            let url = root.appendingPathComponent(path)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            let summary = path.hasSuffix(".ru.md") ? "Пример: замените его своим первым кейсом." : "An example: replace it with your first case."
            if let range = text.range(of: "summary: \"\"") {
                try? Data(text.replacingCharacters(in: range, with: "summary: \"\(summary)\"").utf8).write(to: url)
            }
        }
        written += cases
        written += try scaffolder.create(.evaluations, id: config.municipalities.ids[0])
        written += try scaffolder.create(.pages, id: "about")
        return written
    }

    /// Letters, digits and `-`, starting with a letter: `ru`, `en`, `ky`, `zh-hans`.
    static func isLanguageCode(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && code.count <= 12
    }
}
