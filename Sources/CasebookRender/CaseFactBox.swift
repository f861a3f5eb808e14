import CasebookModel

/// The fact box of a case as the website and the printed book show it: place, sectors,
/// target groups, year and budget as labelled rows, the funding and beneficiary tables and
/// the share of women and girls.
struct CaseFactBox {
    var site: Site
    var strings: UIStrings
    var language: String

    /// Template values `facts`, `funding`, `funding_total`, `beneficiaries`, `beneficiaries_total`,
    /// `female_share` and `female_share_width`. Rows link to the website's pages when `path`
    /// (the page they appear on) is given, and are plain text when it is nil (print).
    func context(for item: Case, linkedFrom path: String?) -> [String: Any] {
        let t = strings
        var context: [String: Any] = ["facts": facts(item, path: path)]
        if !item.funding.isEmpty {
            let total = item.funding.reduce(0) { $0 + $1.kgs }
            context["funding"] = item.funding.map { share -> [String: String] in
                [
                    "source": t["funding_\(share.source)"],
                    "amount": NumberFormat.integer(share.kgs, language: language),
                    "share": total > 0 ? NumberFormat.percent(Double(share.kgs) / Double(total) * 100, language: language) : "",
                ]
            }
            context["funding_total"] = NumberFormat.integer(total, language: language)
        }
        if let people = item.beneficiaries {
            let rows: [(String, Int?)] = [("women", people.women), ("men", people.men), ("girls", people.girls),
                                          ("boys", people.boys), ("pwd", people.pwd)]
            context["beneficiaries"] = rows.compactMap { key, value in
                value.map { ["label": t["beneficiaries_\(key)"], "value": NumberFormat.integer($0, language: language)] }
            }
            if let total = people.total { context["beneficiaries_total"] = NumberFormat.integer(total, language: language) }
            let female = (people.women ?? 0) + (people.girls ?? 0), male = (people.men ?? 0) + (people.boys ?? 0)
            if female + male > 0 {
                let share = Double(female) / Double(female + male) * 100
                context["female_share"] = NumberFormat.percent(share, language: language)
                context["female_share_width"] = String(Int(share.rounded()))
            }
        }
        return context
    }

    /// The labelled rows: where, what, for whom, when, how much.
    private func facts(_ item: Case, path: String?) -> [[String: Any]] {
        let config = site.config
        let t = strings
        let link: (PageKey) -> String? = { key in path.map { RelativeURL.from($0, to: key.path(language)) } }
        var facts: [[String: Any]] = []
        func add(_ label: String, _ values: [(String, String?)]) {
            facts.append(["label": label, "values": values.map { text, url -> [String: Any] in
                url.map { ["text": text, "url": $0] } ?? ["text": text]
            }])
        }
        add(t["municipality"], [(config.municipalities[item.municipality]?.label(language) ?? item.municipality,
                                 link(.municipality(item.municipality)))])
        if let district = config.district(ofMunicipality: item.municipality) { add(t["district"], [(district.label(language), nil)]) }
        if let region = config.region(ofMunicipality: item.municipality) {
            add(t["region"], [(region.label(language), link(.browse(.regions, region.id)))])
        }
        if let cohort = config.cohort(ofMunicipality: item.municipality) { add(t["cohort"], [(cohort.label(language), nil)]) }
        add(t["sectors"], item.sectors.map { (config.sectors[$0]?.label(language) ?? $0, link(.browse(.sectors, $0))) })
        add(t["target_groups"], item.targetGroups.map {
            (config.targetGroups[$0]?.label(language) ?? $0, link(.browse(.targetGroups, $0)))
        })
        if let year = item.year { add(t["year"], [(String(year), nil)]) }
        if let budget = item.budgetKGS {
            add(t["budget"], [("\(NumberFormat.integer(budget, language: language)) \(t["currency"])", nil)])
        }
        return facts
    }
}
