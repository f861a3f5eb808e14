/// A Markdown body and where it stands in its file.
public struct MarkdownSource: Sendable, Hashable {
    public var text: String
    /// Path relative to the casebook folder (`content/cases/x.ru.md`).
    public var file: String
    /// File lines before the body's first line.
    public var lineOffset: Int

    public init(text: String, file: String, lineOffset: Int) {
        self.text = text
        self.file = file
        self.lineOffset = lineOffset
    }
}

/// The kinds of content file, named after their folder under `content/`.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case cases, evaluations, pages, slides

    /// The singular noun used in messages.
    public var noun: String {
        switch self {
        case .cases: return "case"
        case .evaluations: return "evaluation"
        case .pages: return "page"
        case .slides: return "deck"
        }
    }
}

/// What every translation of a document has in common.
public struct TranslationInfo: Sendable, Hashable {
    public var language: String
    public var file: String
    public var body: MarkdownSource
    /// Fingerprint of the default-language body this translation was made from.
    public var translationOf: String?
}
