import CasebookModel

/// The small charts of a case page: beneficiaries by sex and age, and the funding split, as
/// bytes for the page (not checked again as Strings).
struct PageCharts {
    var strings: UIStrings
    var language: String

    /// Beneficiaries by sex and age; nil when fewer than two groups are given.
    func beneficiaries(_ people: Case.Beneficiaries, id: String) -> RenderedHTML? {
        let groups: [(String, Int?)] = [("women", people.women), ("men", people.men), ("girls", people.girls), ("boys", people.boys)]
        let bars = groups.compactMap { key, value in
            value.map { BarChart.Bar(label: strings["beneficiaries_\(key)"], value: Double($0),
                                     valueLabel: NumberFormat.integer($0, language: language)) }
        }
        guard bars.count >= 2 else { return nil }
        return BarChart(id: id, title: strings["chart_beneficiaries_title"], description: strings["chart_beneficiaries_desc"],
                        bars: bars, maximum: bars.map(\.value).max() ?? 1,
                        labelHeader: strings["group"], valueHeader: strings["people"])
            .rendered(tableSummary: strings["chart_data"])
    }

    /// The share of each funding source; nil with fewer than two sources.
    func funding(_ shares: [Case.FundingShare], id: String) -> RenderedHTML? {
        let total = shares.reduce(0) { $0 + $1.kgs }
        guard shares.count >= 2, total > 0 else { return nil }
        let bars = shares.map { share -> BarChart.Bar in
            let percent = Double(share.kgs) / Double(total) * 100
            return BarChart.Bar(label: strings["funding_\(share.source)"], value: percent,
                                valueLabel: NumberFormat.percent(percent, language: language))
        }
        return BarChart(id: id, title: strings["chart_funding_title"], description: strings["chart_funding_desc"],
                        bars: bars, maximum: 100, labelHeader: strings["source"], valueHeader: strings["share"])
            .rendered(tableSummary: strings["chart_data"])
    }
}
