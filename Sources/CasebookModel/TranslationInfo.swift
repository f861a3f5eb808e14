/// What every translation of a document has in common.
public struct TranslationInfo: Sendable, Hashable {
    public var language: String
    public var file: String
    public var body: MarkdownSource
    /// Fingerprint of the default-language body this translation was made from.
    public var translationOf: String?
}
