/// One successful case: shared facts plus one translation per language it is written in.
public struct Case: Sendable, Hashable, Identifiable {
    public struct Translation: Sendable, Hashable {
        public var info: TranslationInfo
        public var title: String
        public var summary: String
        public var highlights: [String]
        public var imageAlt: String?
    }

    public struct FundingShare: Sendable, Hashable {
        public var source: String
        public var kgs: Int
    }

    public struct Beneficiaries: Sendable, Hashable {
        public var total: Int?
        public var women: Int?
        public var men: Int?
        public var girls: Int?
        public var boys: Int?
        public var pwd: Int?
    }

    /// The funding sources FORMAT.md allows.
    public static let fundingSources = ["local-budget", "republican", "donor", "community", "private"]

    public var id: String
    public var municipality: String
    public var sectors: [String]
    public var targetGroups: [String]
    public var year: Int?
    public var budgetKGS: Int?
    public var funding: [FundingShare]
    public var beneficiaries: Beneficiaries?
    /// Path under `content/media/`, as written.
    public var image: String?
    public var evaluation: String?
    public var weight: Int
    public var draft: Bool
    public var translations: [String: Translation]
    /// The file that holds the shared fields.
    public var primaryFile: String
    /// Where each shared field was written, for later checks.
    public var fieldLocations: [String: SourceLocation] = [:]
}
