/// `form:` in casebook.yml: what the Expert Evaluation Form carries besides the evaluation —
/// the expert who signs it, their position, and the date written on it.
public struct FormSettings: Sendable, Hashable {
    /// The expert's name per language (a name written once is the same in every language).
    public var expert: [String: String] = [:]
    /// The expert's position per language ("GESI expert"); optional.
    public var position: [String: String] = [:]
    /// The date on the forms, `YYYY-MM-DD`; nil: the casebook's `date`.
    public var date: String?

    public init(expert: [String: String] = [:], position: [String: String] = [:], date: String? = nil) {
        self.expert = expert
        self.position = position
        self.date = date
    }
}
