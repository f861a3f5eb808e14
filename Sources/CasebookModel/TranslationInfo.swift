/// What every translation of a document has in common.
public struct TranslationInfo: Sendable, Hashable {
    public var language: String
    public var file: String
    public var body: MarkdownSource
    /// Fingerprint of the default-language original this translation was made from (`TranslationFingerprint`).
    public var translationOf: String?
    /// The translatable front-matter texts (title, summary, …), field → text, for the fingerprint.
    public var texts: [String: String] = [:]
}
