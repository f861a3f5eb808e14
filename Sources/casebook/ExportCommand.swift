import ArgumentParser
import CasebookBuild
import CasebookModel
import CasebookRender
import Foundation

/// `casebook export results|form`: the evaluation results for a spreadsheet or another tool,
/// or the sheet the expert fills in (read back by `casebook import evaluations`).
struct ExportCommand: ParsableCommand {
    enum What: String, ExpressibleByArgument, CaseIterable { case results, form }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Console.text("Print the evaluation results as CSV or JSON (one row per evaluated SEDP, in rank order), or the evaluation sheet to fill in (form).")
    )

    @Argument(help: ArgumentHelp(Console.text("What to export: results, or form (the sheet to fill in; CSV only).")))
    var what: What

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp(Console.text("csv (UTF-8, opens in spreadsheet programs) or json.")))
    var format: ResultsExporter.Format = .csv

    @Option(name: .long, help: ArgumentHelp(Console.text("form: write the sheet to FILE instead of printing it."), valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(Console.text("form: ';' (default, with decimal commas, as Excel and LibreOffice in a Russian locale expect) or ','.")))
    var delimiter: String = ";"

    func validate() throws {
        if what == .form, format != .csv { throw ValidationError(Console.text("the form is exported as CSV only")) }
        if SheetDelimiter(argument: delimiter) == nil { throw ValidationError(Console.text("--delimiter must be ';' or ','")) }
    }

    func run() throws {
        // The form is pre-filled from every evaluation, drafts too.
        let (site, diagnostics) = SiteLoader(root: common.rootURL, includeDrafts: common.drafts || what == .form,
                                             environment: ProcessInfo.processInfo.environment).load()
        guard let site, !diagnostics.hasErrors else {
            Console.print(diagnostics)
            Console.error("export failed: \(Console.summary(diagnostics))")
            throw ExitCode(1)
        }
        let language = common.lang ?? site.config.defaultLanguage
        guard site.config.languages.contains(language) else {
            throw ValidationError(Console.text("--lang '\(language)' is not one of the configured languages: \(site.config.languages.joined(separator: ", "))"))
        }
        if what == .form {
            let sheet = try EvaluationSheet(site: site, language: language).csv(delimiter: SheetDelimiter(argument: delimiter) ?? .semicolon)
            if let output { try sheet.write(to: URL(fileURLWithPath: output)) } else { FileHandle.standardOutput.write(sheet) }
            return
        }
        let exporter = ResultsExporter(site: site, language: language)
        FileHandle.standardOutput.write(Data((format == .csv ? exporter.csv() : exporter.json()).utf8))
    }
}

extension ResultsExporter.Format: ExpressibleByArgument {}
