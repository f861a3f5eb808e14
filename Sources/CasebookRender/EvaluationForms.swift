import Foundation
import CasebookModel

/// The Expert Evaluation Form of every ranked SEDP, per language, as a stand-alone HTML page
/// and a PDF (A4, like the paper form): the SEDP's place and period, each criterion with its
/// description, maximum and score, the result, the expert's text, and the expert's name, the
/// date and a line to sign on (`form:` in casebook.yml). One more document holds every form in
/// rank order, each on new pages, for printing them all at once.
///
/// The scores are not public unless `evaluations.publish` is `full`: only then are the forms
/// part of the website (`<lang>/forms/`, linked from each municipality's page). Otherwise they
/// are unpublished files (`RenderedPage.isUnpublished`), which the build writes to `forms/`
/// beside the site, never into it. Each form links the theme's `assets/form.css`: the site's
/// copy, or one written into `forms/assets/` beside the forms.
public struct EvaluationForms: Output {
    public var name: String { "forms" }

    public init() {}

    public func applies(to site: Site, theme: Theme) -> Bool {
        theme.hasTemplate("form") && !site.results.isEmpty
    }

    /// Where the forms of `language` are: in the site (`ru/forms/`) or in the forms folder (`ru/`).
    public static func folder(_ language: String, published: Bool) -> String {
        published ? "\(language)/forms/" : "\(language)/"
    }

    /// The file name of the PDF that holds every form of a language.
    public static let allFormsPDF = "evaluation-forms.pdf"

    /// The forms' style sheet, in the theme and in the folder of the forms.
    static let styleSheet = "assets/form.css"

    public func queue(_ language: String, from build: WebsiteRenderer) {
        let site = build.site
        let published = site.config.publish == .full
        let folder = Self.folder(language, published: published)
        let ranked = site.results.compactMap { result in site.evaluation(result.evaluationID).map { ($0, result) } }
        build.queue(ranked.count) { index in
            let (evaluation, result) = ranked[index]
            var sheet = FormSheet(build: build, language: language, path: folder + "\(evaluation.municipality).html")
            let form = sheet.values(evaluation, result)
            return sheet.document(forms: [form], title: form["municipality"] as? String ?? "",
                                  pdf: folder + "\(evaluation.municipality).pdf", published: published, reports: true)
        }
        build.queuePage(first: true) {
            var sheet = FormSheet(build: build, language: language, path: folder + "index.html")
            let forms = ranked.map { sheet.values($0.0, $0.1) }
            return sheet.document(forms: forms, title: build.strings(language)["form_all_title"],
                                  pdf: folder + Self.allFormsPDF, published: published, reports: false)
        }
    }

    /// The forms folder gets the style sheet the forms link; the site has it among the theme's assets.
    public func finish(from build: WebsiteRenderer) {
        guard build.site.config.publish != .full,
              let css = build.theme.assets.first(where: { $0.path == Self.styleSheet }) else { return }
        var page = RenderedPage(key: nil, language: build.site.config.defaultLanguage, file: css, path: css.path)
        page.isUnpublished = true
        build.pages.record(page)
    }
}
