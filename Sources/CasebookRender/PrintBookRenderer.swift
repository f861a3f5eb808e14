import CasebookModel

/// Renders one language's printable compilation, `<lang>/print/index.html`: a single HTML
/// document with a cover, an imprint, a table of contents and the parts of `print.order`,
/// laid out by `assets/print.css` for CSS paged media (WeasyPrint makes the PDF from it)
/// and readable and printable in a browser too.
struct PrintBookRenderer {
    var site: Site
    var theme: Theme
    var statistics: SiteStatistics
    var language: String
    var strings: UIStrings
    var plan: PrintBookPlan
    /// The bodies the website's pages rendered, by page (see `PageQueue.bodies`): re-based onto
    /// the book, not parsed again.
    var websiteBodies: [PageKey: String]
    /// The cases as their website pages showed them, by id (see `CasePageModel`).
    var caseModels: [String: CasePageModel]
    /// The ranked evaluations as the website shows them, by id (see `EvaluationSummary`).
    var evaluationSummaries: [String: EvaluationSummary]
    /// Renders the bodies no page of the website has (a book of a preview whose pages were not
    /// all made). Its diagnostics are not reported: the website's rendering reports them once.
    var bodies: BodyRenderer

    static func path(_ language: String) -> String { "\(language)/print/index.html" }
    static func pdfPath(_ language: String) -> String { "\(language)/casebook.pdf" }

    var path: String { Self.path(language) }

    init(site: Site, theme: Theme, statistics: SiteStatistics, language: String, strings: UIStrings,
         websiteBodies: [PageKey: String] = [:], caseModels: [String: CasePageModel] = [:],
         evaluations: [String: EvaluationSummary] = [:]) {
        evaluationSummaries = evaluations
        self.websiteBodies = websiteBodies
        self.caseModels = caseModels
        self.site = site
        self.theme = theme
        self.statistics = statistics
        self.language = language
        self.strings = strings
        plan = PrintBookPlan(site: site, language: language)
        bodies = BodyRenderer(site: site)
    }

    /// The book's HTML file.
    mutating func render() -> OutputFile {
        let config = site.config
        let t = strings
        var context: [String: Any] = [
            "lang": language,
            "t": t.templateValue,
            "title": config.title[language] ?? "",
            "css_url": RelativeURL.from(path, to: "assets/print.css"),
            "style": style(),
            "toc": tableOfContents(),
            "home_url": RelativeURL.from(path, to: PageKey.home.path(language)),
        ]
        // Mustache shows a section for any string, even an empty one: set only what is there.
        let optional: [(String, String?)] = [
            ("subtitle", config.subtitle[language]), ("publisher", config.publisher[language]),
            ("edition", config.edition), ("date", config.date), ("date_text", config.date.map(formattedDate)),
        ]
        for (name, value) in optional where !(value ?? "").isEmpty { context[name] = value }
        var parts: [[String: Any]] = []
        for item in plan.parts { parts.append(part(item)) }
        context["parts"] = parts
        if let base = config.baseURL { context["website"] = base + PageKey.home.path(language) }
        context["other_languages"] = config.languages.filter { $0 != language }.map { other -> [String: String] in
            var entry = ["lang": other, "label": theme.strings[other]?["language_name"] ?? other,
                         "url": RelativeURL.from(path, to: Self.path(other))]
            if let base = config.baseURL { entry["address"] = base + Self.path(other) }
            return entry
        }
        let html = theme.render("print", context) ?? ""
        var chapters: [String: String] = [:]
        for key in plan.pageKeys() {
            if let anchor = plan.anchor(for: key) { chapters[RelativeURL.from(path, to: key.path(language))] = anchor }
        }
        let rewriter = PrintHTMLRewriter(bookPath: path, chapters: chapters, baseURL: config.baseURL)
        return OutputFile(path: path, text: rewriter.links(in: html))
    }

    /// The page size and the localised "see p. N" of links between chapters. `target-counter`
    /// is unknown to browsers, which therefore drop the rule and print the link text alone.
    private func style() -> String {
        let see = Self.cssString(" (\(strings["print_see_page"])\u{A0}")
        return "@page { size: \(site.config.pageSize); }\n"
            + "a.xref::after { content: \(see) target-counter(attr(href), page) \")\"; }"
    }

    /// `text` as a CSS string that cannot end the `<style>` element it stands in.
    static func cssString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "<": result += "\\3C "
            case "\n": result += "\\A "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `2022-06-30` as the language writes it (`30 June 2022`, `30 июня 2022 г.`), with the
    /// month names and the pattern from the theme strings.
    func formattedDate(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let months = strings["print_months"].split(separator: " ").map(String.init)
        guard parts.count == 3, months.count == 12, (1...12).contains(parts[1]) else { return date }
        return strings["print_date"]
            .replacingOccurrences(of: "{d}", with: String(parts[2]))
            .replacingOccurrences(of: "{month}", with: months[parts[1] - 1])
            .replacingOccurrences(of: "{y}", with: String(parts[0]))
    }

    /// Parts with their chapters; the cases' place under their titles.
    private func tableOfContents() -> [[String: Any]] {
        let config = site.config
        return plan.parts.map { part -> [String: Any] in
            switch part {
            case .page(let id):
                return ["anchor": PrintBookPlan.anchor(page: id), "title": site.page(id)?.translations[language]?.title ?? id]
            case .cases:
                return ["anchor": "part-cases", "title": strings["cases_title"], "children": plan.cases.map { item in
                    [
                        "anchor": PrintBookPlan.anchor(case: item.id),
                        "title": item.translations[language]?.title ?? item.id,
                        "place": place(ofMunicipality: item.municipality),
                    ]
                }]
            case .results:
                return ["anchor": "part-results", "title": strings["results_title"]]
            case .evaluations:
                return ["anchor": "part-evaluations", "title": strings["print_evaluations"], "children": plan.evaluations.map { evaluation in
                    [
                        "anchor": PrintBookPlan.anchor(evaluation: evaluation.id),
                        "title": config.municipalities[evaluation.municipality]?.label(language) ?? evaluation.municipality,
                        "place": [config.district(ofMunicipality: evaluation.municipality)?.label(language),
                                  config.region(ofMunicipality: evaluation.municipality)?.label(language)]
                            .compactMap { $0 }.joined(separator: ", "),
                    ]
                }]
            }
        }
    }

    /// "Municipality, region" under a chapter's title.
    func place(ofMunicipality id: String) -> String {
        let config = site.config
        return [config.municipalities[id]?.label(language), config.region(ofMunicipality: id)?.label(language)]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
