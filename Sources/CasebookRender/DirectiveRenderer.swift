import CasebookModel
import CasebookMarkdown

/// Replaces a `casebook` block with generated content: charts, ranking, key figures, case lists.
/// The same block renders the same way on the website, in print and on slides.
struct DirectiveRenderer {
    static let directives = ["chart", "ranking", "stats", "cases"]
    static let charts = ["criteria", "bands", "regions", "sectors"]

    var site: Site
    var statistics: SiteStatistics
    var strings: UIStrings
    var language: String
    var diagnostics = Diagnostics()
    /// Charts for a slide: labels beside the bars (see `BarChart.renderedBeside`).
    var chartsForSlides = false

    init(site: Site, statistics: SiteStatistics, strings: UIStrings, language: String) {
        self.site = site
        self.statistics = statistics
        self.strings = strings
        self.language = language
    }

    mutating func render(_ directive: MarkdownDirective, file: String, pagePath: String) -> String {
        let start = SourceLocation(file: file, line: directive.line, column: directive.column)
        // The block's first line is the one after its opening fence.
        let yaml = YAMLReader(file: file, lineOffset: directive.line)
        func at(_ node: YAMLNode) -> SourceLocation { yaml.location(node) }
        var problems = Diagnostics()
        let parsed = yaml.parse(directive.content, into: &problems)
        if problems.hasErrors {
            diagnostics.append(contentsOf: problems)
            return ""
        }
        guard let node = parsed else {
            diagnostics.error(start, "empty casebook block; write one of: \(Self.directives.joined(separator: ", "))")
            return ""
        }
        let id = "chart-" + HeadingSlugger.slug(file.split(separator: "/").last.map(String.init) ?? "x") + "-\(directive.line)"
        switch node.content {
        case .scalar(let scalar):
            guard scalar.text == "stats" else { return unknown(scalar.text, at: at(node)) }
            return stats()
        case .mapping(let mapping):
            guard mapping.count == 1, let (key, value) = mapping.first.map({ ($0.key, $0.value) }), let name = key.text else {
                diagnostics.error(at(node), "a casebook block holds one directive, e.g. 'chart: bands'")
                return ""
            }
            switch name {
            case "stats": return stats()
            case "chart":
                guard let chart = value.text, Self.charts.contains(chart) else {
                    let text = value.text ?? ""
                    diagnostics.error(at(value), "unknown chart '\(text)'\(Suggestion.didYouMean(text, in: Self.charts))",
                                      note: "charts: \(Self.charts.joined(separator: ", "))")
                    return ""
                }
                if chart != "sectors", !publishedResults() {
                    return withheld(at: at(node))
                }
                return self.chart(chart, id: id)
            case "ranking":
                var top: Int?
                if let options = value.pairs {
                    for option in options {
                        let optionKey = option.key, optionValue = option.value
                        if optionKey.text == "top", let number = optionValue.scalar?.integer, number > 0 { top = number }
                        else if optionKey.text == "top" { diagnostics.error(at(optionValue), "'top' must be a positive whole number") }
                        else {
                            let text = optionKey.text ?? ""
                            diagnostics.error(at(optionKey), "unknown field '\(text)' in ranking\(Suggestion.didYouMean(text, in: ["top"]))")
                        }
                    }
                } else if !value.isNull {
                    diagnostics.error(at(value), "ranking takes {top: N} or nothing")
                }
                if !publishedResults() { return withheld(at: at(node)) }
                return ranking(top: top, pagePath: pagePath)
            case "cases":
                return caseList(value, at: at, pagePath: pagePath)
            default:
                return unknown(name, at: at(key))
            }
        default:
            diagnostics.error(at(node), "a casebook block holds one directive, e.g. 'chart: bands'")
            return ""
        }
    }

    private mutating func unknown(_ name: String, at location: SourceLocation) -> String {
        diagnostics.error(location, "unknown directive '\(name)'\(Suggestion.didYouMean(name, in: Self.directives))",
                          note: "directives: chart, ranking, stats, cases")
        return ""
    }

    private func publishedResults() -> Bool {
        site.config.publish != .none
    }

    /// Scores stay unpublished when `evaluations.publish` is `none`, even where a block asks for them.
    private mutating func withheld(at location: SourceLocation) -> String {
        diagnostics.warning(location, "evaluations.publish is 'none', so this block of scores is left out")
        return ""
    }
}
