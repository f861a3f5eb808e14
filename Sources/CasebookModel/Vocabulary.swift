/// One entry of a vocabulary from casebook.yml: an id, a label per language, and links to
/// other vocabularies (a district's `region`, a municipality's `district` and `cohort`).
public struct VocabularyEntry: Sendable, Hashable, Identifiable {
    public var id: String
    public var labels: [String: String]
    public var links: [String: String]
    public var location: SourceLocation

    public init(id: String, labels: [String: String], links: [String: String] = [:], location: SourceLocation) {
        self.id = id
        self.labels = labels
        self.links = links
        self.location = location
    }

    /// The label in `language`, falling back to any label.
    public func label(_ language: String) -> String {
        labels[language] ?? labels.sorted { $0.key < $1.key }.first?.value ?? id
    }
}

/// An ordered vocabulary (regions, sectors, …) in the order casebook.yml lists it.
public struct Vocabulary: Sendable, Hashable {
    /// The singular noun used in messages: "sector", "target group".
    public var noun: Message
    public private(set) var entries: [VocabularyEntry]
    private var index: [String: Int]

    public init(noun: Message, entries: [VocabularyEntry] = []) {
        self.noun = noun
        self.entries = entries
        index = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(id: String) -> VocabularyEntry? { index[id].map { entries[$0] } }
    public var ids: [String] { entries.map(\.id) }
    public func contains(_ id: String) -> Bool { index[id] != nil }
    /// Position in casebook.yml order, for sorting.
    public func order(of id: String) -> Int { index[id] ?? Int.max }
}
