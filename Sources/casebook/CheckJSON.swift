import CasebookModel
import Foundation

/// `check --format json`: diagnostics and the translation report for tools and editors.
enum CheckJSON {
    struct Output: Encodable {
        var errors: Int
        var warnings: Int
        var diagnostics: [Item]
        var translations: [String: Language]
    }

    struct Item: Encodable {
        var severity: String
        var file: String?
        var line: Int?
        var column: Int?
        var message: String
        var note: String?
    }

    struct Entry: Encodable {
        var kind: String
        var id: String
        var file: String
    }

    struct Language: Encodable {
        var missing: [Entry]
        var outdated: [Entry]
        var untracked: [Entry]
    }

    static func render(_ diagnostics: Diagnostics, _ report: TranslationReport?) -> String {
        let items = diagnostics.sorted.map { diagnostic in
            Item(severity: diagnostic.severity.rawValue, file: diagnostic.location?.file,
                 line: diagnostic.location.flatMap { $0.line > 0 ? $0.line : nil },
                 column: diagnostic.location.flatMap { $0.line > 0 ? max(1, $0.column) : nil },
                 message: Console.text(diagnostic.message), note: diagnostic.note.map(Console.text))
        }
        let entries: ([TranslationReport.Entry]) -> [Entry] = { $0.map { Entry(kind: $0.kind.rawValue, id: $0.id, file: $0.file) } }
        var languages: [String: Language] = [:]
        for language in report?.languages ?? [] {
            languages[language.language] = Language(missing: entries(language.missing), outdated: entries(language.outdated),
                                                     untracked: entries(language.untracked))
        }
        let output = Output(errors: diagnostics.errorCount, warnings: diagnostics.warningCount, diagnostics: items,
                            translations: languages)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
