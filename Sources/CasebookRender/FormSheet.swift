import Foundation
import CasebookModel

/// Makes the template values of Expert Evaluation Forms (`EvaluationForms`) for one file of
/// one language, and the file: the `form` template around one form or many (`form-sheet`).
struct FormSheet {
    let build: WebsiteRenderer
    let language: String
    /// The file's path in its output (`ru/forms/alpha.html`, or `ru/alpha.html` in forms/).
    let path: String
    var bodies: BodyRenderer

    init(build: WebsiteRenderer, language: String, path: String) {
        self.build = build
        self.language = language
        self.path = path
        bodies = build.pageBodies()
    }

    /// The values of one form.
    mutating func values(_ evaluation: Evaluation, _ result: EvaluationResult) -> [String: Any] {
        let site = build.site, config = site.config
        let strings = build.strings(language)
        let summary = build.evaluationSummaries[language]?[evaluation.id] ?? EvaluationSummary(
            evaluation, result: result, language: language, site: site, statistics: build.statistics, strings: strings)
        let municipality = evaluation.municipality
        var form: [String: Any] = [
            "id": municipality,
            "municipality": config.municipalities[municipality]?.label(language) ?? municipality,
            "district": config.district(ofMunicipality: municipality)?.label(language) ?? "",
            "region": config.region(ofMunicipality: municipality)?.label(language) ?? "",
            "cohort": config.cohort(ofMunicipality: municipality)?.label(language) ?? "",
            "period": evaluation.sedpPeriod ?? "",
            "total": summary.total, "max_total": summary.max, "percent": summary.percent,
            "band": summary.band, "rank": summary.rank, "of": summary.of,
            "nomination": summary.nomination ?? "—",
            "criteria": config.rubric.criteria.enumerated().map { index, criterion -> [String: Any] in
                var row: [String: Any] = [
                    "number": String(index + 1),
                    "label": criterion.labels[language] ?? criterion.id,
                    "max": NumberFormat.decimal(criterion.max, language: language),
                    "score": NumberFormat.decimal(evaluation.scores[criterion.id] ?? 0, language: language),
                ]
                if let description = criterion.descriptions[language], !description.isEmpty { row["description"] = description }
                return row
            },
        ]
        let (translation, shown) = evaluation.translations[language].map { ($0, language) }
            ?? config.languages.compactMap { other in evaluation.translations[other].map { ($0, other) } }.first!
        if let verdict = translation.summary, !verdict.isEmpty { form["verdict"] = verdict }
        if shown != language {
            form["body_lang"] = shown
            form["body_lang_note"] = strings["text_in_language_\(shown)"]
        }
        // Headings below the form's section heading (h2); ids scoped to the form, as many
        // forms share one document.
        let body = bodies.render(translation.info.body, language: language, pagePath: path, topHeadingLevel: 3,
                                 directives: build.directives(language))
        form["body"] = PrintHTMLRewriter.chapter(body.html, scope: "form-\(municipality)", headingShift: 0)
        let settings = config.form
        form["expert"] = settings.expert[language] ?? ""
        if let position = settings.position[language], !position.isEmpty { form["position"] = position }
        form["date"] = (settings.date ?? config.date).map(Self.formatted) ?? ""
        return form
    }

    /// `2022-06-30` as the forms write it: `30.06.2022`.
    static func formatted(_ date: String) -> String {
        let parts = date.split(separator: "-")
        return parts.count == 3 ? "\(parts[2]).\(parts[1]).\(parts[0])" : date
    }

    /// The HTML file of `forms` and the PDF to make from it.
    /// `reports`: the page reports what its bodies found (the one-form pages do; the page of
    /// all forms renders the same bodies again).
    func document(forms: [[String: Any]], title: String, pdf: String, published: Bool, reports: Bool) -> RenderedPage {
        let config = build.site.config
        let strings = build.strings(language)
        var context: [String: Any] = [
            "lang": language,
            "t": strings.templateValue,
            "title": title,
            "contest": config.title[language] ?? "",
            "forms": forms,
        ]
        if build.theme.assets.contains(where: { $0.path == EvaluationForms.styleSheet }) {
            context["css_url"] = RelativeURL.from(path, to: EvaluationForms.styleSheet)
        }
        if let expert = config.form.expert[language], !expert.isEmpty { context["author"] = expert }
        if let date = config.form.date ?? config.date { context["created"] = date }
        let file = OutputFile(path: path, text: build.theme.render("form", context) ?? "")
        var page = RenderedPage(key: nil, language: language, file: file, path: path,
                                pdfJob: PDFJob(html: path, pdf: pdf))
        page.isUnpublished = !published
        // With `publish: full` the municipality's page renders the same body and reports its problems.
        if reports && !published { page.diagnostics = bodies.diagnostics }
        return page
    }
}
