import CasebookBuild
import CasebookModel
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// The Expert Evaluation Form: what each form says, in which folder it lands (inside the site
/// only with `evaluations.publish: full`), and that a bundle never carries unpublished scores.
@Suite struct EvaluationFormTests {
    static let formSettings = """
    form:
      expert: {ru: "Айгуль Садыкова", en: "Aigul Sadykova"}
      position: {ru: "эксперт по ГРСИ", en: "GESI expert"}
      date: 2022-06-15

    """

    func book(publish: String) throws -> TemporaryCasebook {
        let config = TemporaryCasebook.config
            .replacingOccurrences(of: "- {id: participation, max: 15, ru: \"Участие\", en: \"Participation\"}",
                                  with: "- {id: participation, max: 15, ru: \"Участие\", en: \"Participation\", description: {ru: \"Уязвимые группы участвовали\", en: \"Vulnerable groups took part\"}}")
            + "evaluations:\n  publish: \(publish)\n" + Self.formSettings
        return try TemporaryCasebook(config: config, files: [
            "content/evaluations/alpha.ru.md": Doc.evaluation("alpha", participation: 12, budgeting: 4,
                                                              extra: "nomination: winner\nsedp_period: \"2022–2026\"\nsummary: \"Сильная программа.\""),
            "content/evaluations/alpha.en.md": "---\nsummary: \"A strong programme.\"\n---\n## Strengths\n\nWomen's councils met in every village.\n",
            "content/evaluations/beta.ru.md": Doc.evaluation("beta", participation: 3, budgeting: 1),
        ])
    }

    @Test func aFormSaysWhatThePaperFormSays() throws {
        let book = try book(publish: "full")
        let report = book.build()
        #expect(report.wrote)
        #expect(report.diagnostics.errorCount == 0)
        let form = try #require(book.read("site/en/forms/alpha.html"))
        for line in [
            "<title>Alpha — Expert Evaluation Form</title>",
            "<meta name=\"author\" content=\"Aigul Sadykova\">",
            "<meta name=\"dcterms.created\" content=\"2022-06-15\">",
            "<p class=\"form-contest\">Casebook</p>",
            "<h1 id=\"form-alpha-title\">Expert Evaluation Form</h1>",
            "<p class=\"form-subject\"><span class=\"form-name\">Alpha</span> · SEDP 2022–2026</p>",
            "<tr><th scope=\"row\">Municipality</th><td>Alpha</td></tr>",
            "<tr><th scope=\"row\">District</th><td>Nooken district</td></tr>",
            "<tr><th scope=\"row\">Region</th><td>Jalal-Abad region</td></tr>",
            "<tr><th scope=\"row\">Cohort</th><td>Pilots</td></tr>",
            "<tr><th scope=\"row\">SEDP period</th><td>2022–2026</td></tr>",
            "<tr><td class=\"num\">1</td><td><span class=\"criterion\">Participation</span><span class=\"description\">Vulnerable groups took part</span></td><td class=\"num\">15</td><td class=\"num score\">12</td></tr>",
            "<tr><td class=\"num\">2</td><td><span class=\"criterion\">Budgeting</span></td><td class=\"num\">5</td><td class=\"num score\">4</td></tr>",
            "<tr class=\"form-total\"><th scope=\"row\" colspan=\"2\">Total</th><td class=\"num\">20</td><td class=\"num score\">16</td></tr>",
            "<tr><th scope=\"row\">Total</th><td>16 of 20</td><th scope=\"row\">Percentage of the maximum</th><td>80%</td></tr>",
            "<tr><th scope=\"row\">Band</th><td>Responsive</td><th scope=\"row\">Rank</th><td>1 of 2</td></tr>",
            "<tr><th scope=\"row\">Nomination</th><td colspan=\"3\">Winner</td></tr>",
            "<p class=\"form-verdict\">A strong programme.</p>",
            "<h3 id=\"form-alpha_strengths\">Strengths</h3>",
            "<p>Women's councils met in every village.</p>",
            "<tr><th scope=\"row\">Expert</th><td class=\"fill\">Aigul Sadykova, GESI expert</td></tr>",
            "<tr><th scope=\"row\">Date</th><td class=\"fill\">15.06.2022</td></tr>",
            "<tr><th scope=\"row\">Signature</th><td class=\"fill form-signature\"></td></tr>",
        ] {
            #expect(form.contains(line), "\(line)")
        }
        // The style sheet is the site's: linked, not repeated in every form.
        #expect(form.contains("<link rel=\"stylesheet\" href=\"../../assets/form.css\">"))
        #expect(!form.contains("<style"))
        #expect(book.read("site/assets/form.css")?.contains("string-set: form-name content();") == true)

        let russian = try #require(book.read("site/ru/forms/beta.html"))
        #expect(russian.contains("<tr><th scope=\"row\">Номинация</th><td colspan=\"3\">—</td></tr>"))
        #expect(russian.contains("<tr><th scope=\"row\">Итого</th><td>4 из 20</td><th scope=\"row\">Процент от максимума</th><td>20\u{00A0}%</td></tr>"))
        // beta has no English text: its form says the text is in Russian.
        let english = try #require(book.read("site/en/forms/beta.html"))
        #expect(english.contains("<div class=\"form-body\" lang=\"ru\">"))

        // Every form in rank order in one document, and each municipality's page links its form.
        let all = try #require(book.read("site/en/forms/index.html"))
        let alpha = try #require(all.range(of: "<article class=\"form-sheet\" id=\"form-alpha\"")?.lowerBound)
        let beta = try #require(all.range(of: "<article class=\"form-sheet\" id=\"form-beta\"")?.lowerBound)
        #expect(alpha < beta)
        #expect(all.contains("<title>Expert Evaluation Forms in rank order — Expert Evaluation Form</title>"))
        #expect(book.read("site/en/municipalities/alpha/index.html")?
            .contains("<p class=\"form-link\"><a href=\"../../forms/alpha.html\">Expert Evaluation Form</a></p>") == true)
        #expect(!FileManager.default.fileExists(atPath: book.root.appendingPathComponent("forms").path))
    }

    @Test(arguments: ["summary", "none"])
    func unpublishedScoresStayOutOfTheSiteAndTheBundle(_ publish: String) throws {
        let book = try book(publish: publish)
        let report = book.build()
        #expect(report.wrote)
        #expect(report.diagnostics.errorCount == 0)
        #expect(book.read("forms/en/alpha.html")?.contains("<td class=\"num score\">12</td>") == true)
        #expect(book.read("forms/ru/index.html")?.contains("id=\"form-beta\"") == true)
        #expect(book.read("forms/README.md")?.hasPrefix("# forms/\n") == true)
        // The forms folder has the style sheet its forms link.
        #expect(book.read("forms/en/alpha.html")?.contains("<link rel=\"stylesheet\" href=\"../assets/form.css\">") == true)
        #expect(book.read("forms/assets/form.css")?.contains("string-set: form-name content();") == true)
        #expect(FileManager.default.fileExists(atPath: book.root.appendingPathComponent("forms/.casebook-output").path))
        let site = book.root.appendingPathComponent("site")
        let files = try #require(FileManager.default.subpathsOfDirectory(atPath: site.path) as [String]?)
        #expect(!files.contains { $0.contains("forms") })
        for file in files where file.hasSuffix(".html") {
            let text = try String(contentsOf: site.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("form-sheet") && !text.contains("forms/"), "\(file)")
        }

        let zip = book.root.appendingPathComponent("casebook.zip")
        _ = try SiteBundler(root: book.root, site: site, date: "2022-06-30").bundle(to: zip)
        let listing = try Tools.run("/usr/bin/unzip", ["-Z1", zip.path]).out
        #expect(listing.contains("casebook/ru/index.html") || listing.contains("/ru/index.html"))
        #expect(!listing.contains("forms"))
        #expect(!listing.contains("alpha.html"))

        // A build again replaces the folder; publishing the scores later puts the forms in the site.
        #expect(book.build().wrote)
        #expect(book.read("forms/en/beta.html") != nil)
    }

    @Test func onlyWebMakesNoForms() throws {
        let book = try book(publish: "summary")
        let report = BuildPipeline(options: .init(root: book.root, selection: OutputSelection(only: "web")!)).build()
        #expect(report.wrote)
        #expect(!FileManager.default.fileExists(atPath: book.root.appendingPathComponent("forms").path))
        #expect(Outputs.names.contains("forms"))
        #expect(OutputSelection(only: "web,forms")?.contains("forms") == true)
    }

    @Test(arguments: [
        ("form:\n  expert: \"Aigul Sadykova\"\n  signature: x\n",
         "content/casebook.yml:35:3: error: unknown key 'signature' in form"),
        ("form:\n  date: 15.06.2022\n", "content/casebook.yml:34:9: error: form.date must be written YYYY-MM-DD, not '15.06.2022'"),
        ("form:\n  expert: {ru: \"Айгуль\"}\n", "content/casebook.yml:34:11: warning: form.expert has no 'en' label; the ru label 'Айгуль' is shown until it has one"),
        ("forms:\n  expert: x\n", "content/casebook.yml:33:1: error: unknown setting 'forms' (did you mean 'form'?)"),
    ])
    func badFormSettingsAreLocatedErrors(_ yaml: String, _ message: String) throws {
        let book = try TemporaryCasebook(config: TemporaryCasebook.config + yaml)
        #expect(book.loadMessages() == [message])
    }

    @Test func anExpertWrittenOnceIsTheSameInEveryLanguage() throws {
        let (config, diagnostics) = ConfigLoader.load(text: TemporaryCasebook.config + "form:\n  expert: \"Aigul Sadykova\"\n")
        #expect(diagnostics.all.isEmpty)
        #expect(config?.form == FormSettings(expert: ["ru": "Aigul Sadykova", "en": "Aigul Sadykova"]))
    }

    @Test(.enabled(if: PDFTools.present, "needs weasyprint and poppler-utils"))
    func onePDFPerSEDPAndOneOfAllEachFormOnNewPages() throws {
        let book = try book(publish: "summary")
        let report = book.build(makePDFs: true)
        #expect(report.wrote)
        #expect(!report.pdfFailed)
        #expect(report.pdfs.filter { $0.hasPrefix("forms/") }.sorted() == [
            "forms/en/alpha.pdf", "forms/en/beta.pdf", "forms/en/evaluation-forms.pdf",
            "forms/ru/alpha.pdf", "forms/ru/beta.pdf", "forms/ru/evaluation-forms.pdf",
        ])
        func pages(_ path: String) throws -> Int {
            let info = try PDFTools.run("pdfinfo", [book.root.appendingPathComponent(path).path])
            let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
            return Int(line.split(separator: " ").last ?? "") ?? -1
        }
        for language in ["ru", "en"] {
            let alpha = try pages("forms/\(language)/alpha.pdf"), beta = try pages("forms/\(language)/beta.pdf")
            #expect(alpha >= 1 && beta >= 1)
            #expect(try pages("forms/\(language)/evaluation-forms.pdf") == alpha + beta)
            let all = book.root.appendingPathComponent("forms/\(language)/evaluation-forms.pdf")
            #expect(try PDFTools.text(all, page: alpha + 1).contains(language == "ru" ? "Бета" : "Beta"))
            // Each form's footer counts its own pages, in the file of all forms as in its own
            // ("1 / 2"; pdftotext leaves out the spaces around the slash).
            #expect(try PDFTools.text(all, page: 1).contains(" 1/\(alpha)\n"))
            #expect(try PDFTools.text(all, page: alpha).contains(" \(alpha)/\(alpha)\n"))
            #expect(try PDFTools.text(all, page: alpha + 1).contains(" 1/\(beta)\n"))
            #expect(try PDFTools.text(book.root.appendingPathComponent("forms/\(language)/beta.pdf"), page: 1).contains(" 1/\(beta)\n"))
        }
        // Built again without a change, the forms' PDFs are copied from forms/ as it was.
        let again = book.build(makePDFs: true)
        #expect(again.reusedPDFs.filter { $0.hasPrefix("forms/") }.count == 6)
        #expect(FileManager.default.fileExists(atPath: book.root.appendingPathComponent("forms/ru/evaluation-forms.pdf").path))
    }
}
