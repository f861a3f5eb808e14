/// Aggregates over the evaluated SEDPs and the cases, computed exactly from the model.
public struct SiteStatistics: Sendable {
    public var evaluatedCount: Int
    /// Region id → number of evaluated SEDPs, in casebook.yml order (regions without one included).
    public var evaluatedPerRegion: [(id: String, count: Int)]
    public var averageTotal: Double?
    /// Criterion id → average score as a share of the criterion's max (0–100), in form order.
    public var criterionAveragePercent: [(id: String, percent: Double, average: Double)]
    /// Band id → number of SEDPs, in band order.
    public var bandCounts: [(id: String, count: Int)]
    /// Region id → average total (regions with an evaluated SEDP only).
    public var averagePerRegion: [(id: String, average: Double, count: Int)]
    /// Cohort id → average total.
    public var averagePerCohort: [(id: String, average: Double, count: Int)]
    /// Sector id → number of cases.
    public var casesPerSector: [(id: String, count: Int)]
    public var caseCount: Int

    public init(site: Site) {
        let config = site.config
        let results = site.results
        evaluatedCount = results.count
        evaluatedPerRegion = config.regions.ids.map { region in
            (region, results.filter { config.region(ofMunicipality: $0.municipality)?.id == region }.count)
        }
        averageTotal = results.isEmpty ? nil : results.reduce(0) { $0 + $1.total } / Double(results.count)
        criterionAveragePercent = config.rubric.criteria.map { criterion in
            let scores = site.evaluations.compactMap { $0.scores[criterion.id] }
            let average = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
            return (criterion.id, criterion.max > 0 ? average / criterion.max * 100 : 0, average)
        }
        bandCounts = config.rubric.bands.map { band in (band.id, results.filter { $0.band == band.id }.count) }
        func averages(_ ids: [String], _ group: (EvaluationResult) -> String?) -> [(id: String, average: Double, count: Int)] {
            ids.compactMap { id in
                let members = results.filter { group($0) == id }
                guard !members.isEmpty else { return nil }
                return (id, members.reduce(0) { $0 + $1.total } / Double(members.count), members.count)
            }
        }
        averagePerRegion = averages(config.regions.ids) { config.region(ofMunicipality: $0.municipality)?.id }
        averagePerCohort = averages(config.cohorts.ids) { config.cohort(ofMunicipality: $0.municipality)?.id }
        casesPerSector = config.sectors.ids.map { sector in (sector, site.cases.filter { $0.sectors.contains(sector) }.count) }
        caseCount = site.cases.count
    }
}
