import CasebookModel

/// The fact box of a case as the website and the printed book show it: place, sectors,
/// target groups, year and budget as labelled rows, the funding and beneficiary tables and
/// the share of women and girls. Made once per case and language (see `CasePageModel`).
struct CaseFactBox {
    /// One labelled row; each value links to the website's page `link` where it has one.
    struct Row {
        var label: String
        var values: [(text: String, link: PageKey?)]
    }

    var language: String
    var rows: [Row] = []
    /// Per funding source: `source`, `amount`, `share`; empty without funding.
    var funding: [[String: String]] = []
    var fundingTotal: String?
    /// Per group of people counted: `label`, `value`; nil without beneficiaries.
    var beneficiaries: [[String: String]]?
    var beneficiariesTotal: String?
    /// The share of women and girls among the people counted, and that share as a bar width.
    var femaleShare: (text: String, width: String)?

    init(_ item: Case, site: Site, strings t: UIStrings, language: String) {
        self.language = language
        rows = Self.rows(item, site: site, strings: t, language: language)
        if !item.funding.isEmpty {
            let total = item.funding.reduce(0) { $0 + $1.kgs }
            funding = item.funding.map { share -> [String: String] in
                [
                    "source": t["funding_\(share.source)"],
                    "amount": NumberFormat.integer(share.kgs, language: language),
                    "share": total > 0 ? NumberFormat.percent(Double(share.kgs) / Double(total) * 100, language: language) : "",
                ]
            }
            fundingTotal = NumberFormat.integer(total, language: language)
        }
        if let people = item.beneficiaries {
            let counted: [(String, Int?)] = [("women", people.women), ("men", people.men), ("girls", people.girls),
                                             ("boys", people.boys), ("pwd", people.pwd)]
            beneficiaries = counted.compactMap { key, value in
                value.map { ["label": t["beneficiaries_\(key)"], "value": NumberFormat.integer($0, language: language)] }
            }
            beneficiariesTotal = people.total.map { NumberFormat.integer($0, language: language) }
            let female = (people.women ?? 0) + (people.girls ?? 0), male = (people.men ?? 0) + (people.boys ?? 0)
            if female + male > 0 {
                let share = Double(female) / Double(female + male) * 100
                femaleShare = (NumberFormat.percent(share, language: language), String(Int(share.rounded())))
            }
        }
    }

    /// Template values `facts`, `funding`, `funding_total`, `beneficiaries`, `beneficiaries_total`,
    /// `female_share` and `female_share_width`. Rows link to the website's pages when `path`
    /// (the page they appear on) is given, and are plain text when it is nil (print).
    func templateValues(linkingFrom path: String?) -> [String: Any] {
        var values: [String: Any] = ["facts": rows.map { row -> [String: Any] in
            ["label": row.label, "values": row.values.map { text, link -> [String: Any] in
                if let path, let link { return ["text": text, "url": RelativeURL.from(path, to: link.path(language))] }
                return ["text": text]
            }]
        }]
        if !funding.isEmpty {
            values["funding"] = funding
            values["funding_total"] = fundingTotal
        }
        if let beneficiaries {
            values["beneficiaries"] = beneficiaries
            if let beneficiariesTotal { values["beneficiaries_total"] = beneficiariesTotal }
        }
        if let femaleShare {
            values["female_share"] = femaleShare.text
            values["female_share_width"] = femaleShare.width
        }
        return values
    }

    /// The labelled rows: where, what, for whom, when, how much.
    private static func rows(_ item: Case, site: Site, strings t: UIStrings, language: String) -> [Row] {
        let config = site.config
        var rows: [Row] = []
        func add(_ label: String, _ values: [(String, PageKey?)]) {
            rows.append(Row(label: label, values: values.map { (text: $0.0, link: $0.1) }))
        }
        add(t["municipality"], [(config.municipalities[item.municipality]?.label(language) ?? item.municipality,
                                 .municipality(item.municipality))])
        if let district = config.district(ofMunicipality: item.municipality) { add(t["district"], [(district.label(language), nil)]) }
        if let region = config.region(ofMunicipality: item.municipality) {
            add(t["region"], [(region.label(language), .browse(.regions, region.id))])
        }
        if let cohort = config.cohort(ofMunicipality: item.municipality) { add(t["cohort"], [(cohort.label(language), nil)]) }
        add(t["sectors"], item.sectors.map { (config.sectors[$0]?.label(language) ?? $0, .browse(.sectors, $0)) })
        add(t["target_groups"], item.targetGroups.map {
            (config.targetGroups[$0]?.label(language) ?? $0, .browse(.targetGroups, $0))
        })
        if let year = item.year { add(t["year"], [(String(year), nil)]) }
        if let budget = item.budgetKGS {
            add(t["budget"], [("\(NumberFormat.integer(budget, language: language)) \(t["currency"])", nil)])
        }
        return rows
    }
}
