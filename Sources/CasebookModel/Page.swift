/// A free page (home, about, methodology, foreword).
public struct Page: Sendable, Hashable, Identifiable {
    public struct Translation: Sendable, Hashable {
        public var info: TranslationInfo
        public var title: String
        public var summary: String?
    }

    public var id: String
    /// Place in the main navigation; nil = not in it.
    public var menu: Int?
    public var draft: Bool
    public var translations: [String: Translation]
    public var primaryFile: String
}

/// A slide deck; slides are split at thematic breaks when it is rendered.
public struct Deck: Sendable, Hashable, Identifiable {
    public struct Translation: Sendable, Hashable {
        public var info: TranslationInfo
        public var title: String
        public var subtitle: String?
        public var event: String?
    }

    public var id: String
    public var date: String?
    public var draft: Bool
    public var translations: [String: Translation]
    public var primaryFile: String
}
