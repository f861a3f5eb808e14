import CasebookModel
import CasebookMarkdown
internal import Yams

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

    init(site: Site, statistics: SiteStatistics, strings: UIStrings, language: String) {
        self.site = site
        self.statistics = statistics
        self.strings = strings
        self.language = language
    }

    mutating func render(_ directive: MarkdownDirective, file: String, pagePath: String) -> String {
        let start = SourceLocation(file: file, line: directive.line, column: directive.column)
        func at(_ node: Node) -> SourceLocation {
            guard let mark = node.mark else { return start }
            return SourceLocation(file: file, line: directive.line + mark.line, column: mark.column)
        }
        let node: Node?
        do { node = try Yams.compose(yaml: directive.content, .default, .default, .utf8) } catch {
            diagnostics.error(start, "casebook block is not valid YAML: \(error)")
            return ""
        }
        guard let node else {
            diagnostics.error(start, "empty casebook block; write one of: \(Self.directives.joined(separator: ", "))")
            return ""
        }
        let id = "chart-" + HeadingSlugger.slug(file.split(separator: "/").last.map(String.init) ?? "x") + "-\(directive.line)"
        switch node {
        case .scalar(let scalar):
            guard scalar.string == "stats" else { return unknown(scalar.string, at: at(node)) }
            return stats()
        case .mapping(let mapping):
            guard mapping.count == 1, let (key, value) = mapping.first.map({ ($0.key, $0.value) }), let name = key.string else {
                diagnostics.error(at(node), "a casebook block holds one directive, e.g. 'chart: bands'")
                return ""
            }
            switch name {
            case "stats": return stats()
            case "chart":
                guard let chart = value.string, Self.charts.contains(chart) else {
                    let text = value.string ?? ""
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
                if case .mapping(let options) = value {
                    for (optionKey, optionValue) in options {
                        if optionKey.string == "top", let number = optionValue.int, number > 0 { top = number }
                        else if optionKey.string == "top" { diagnostics.error(at(optionValue), "'top' must be a positive whole number") }
                        else {
                            let text = optionKey.string ?? ""
                            diagnostics.error(at(optionKey), "unknown field '\(text)' in ranking\(Suggestion.didYouMean(text, in: ["top"]))")
                        }
                    }
                } else if !NodeIsNull(value) {
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

    private func NodeIsNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node { return scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" }
        return false
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
