/// The range of every number a casebook's YAML may hold. Each is far beyond what real content
/// needs and small enough that no sum or average of them can overflow; README lists them.
enum NumberRange {
    static let year = 1991...2100
    /// `budget_kgs` and each funding share, in som.
    static let som = 0...1_000_000_000_000_000
    /// Each of `beneficiaries`' counts.
    static let people = 0...100_000_000
    /// A case's `weight` and a page's `menu`.
    static let order = -1_000_000...1_000_000
    /// A rubric criterion's `max` (above 0).
    static let criterionMax = 0.0...1_000.0
    /// A rubric band's `min` (a total: at most the sum of up to a thousand maxima).
    static let bandMin = 0.0...1_000_000.0
}
