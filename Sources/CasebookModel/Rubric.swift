/// The Expert Evaluation Form: criteria in form order and the bands a total falls into.
public struct Rubric: Sendable, Hashable {
    public struct Criterion: Sendable, Hashable, Identifiable {
        public var id: String
        public var max: Double
        public var labels: [String: String]
        public var descriptions: [String: String]
    }

    public struct Band: Sendable, Hashable, Identifiable {
        public var id: String
        /// Lower bound of the total (inclusive).
        public var min: Double
        public var labels: [String: String]
    }

    public var criteria: [Criterion]
    /// Ascending by `min`.
    public var bands: [Band]

    public init(criteria: [Criterion], bands: [Band]) {
        self.criteria = criteria
        self.bands = bands.sorted { $0.min < $1.min }
    }

    public var maxTotal: Double { criteria.reduce(0) { $0 + $1.max } }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    /// The highest band whose lower bound the total reaches.
    public func band(for total: Double) -> Band? {
        bands.last { total >= $0.min } ?? bands.first
    }

    /// The upper bound of a band's range (the next band's lower bound), for "20–39" labels.
    public func upperBound(of band: Band) -> Double? {
        guard let index = bands.firstIndex(of: band), index + 1 < bands.count else { return nil }
        return bands[index + 1].min
    }
}
