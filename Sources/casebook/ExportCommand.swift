import ArgumentParser
import CasebookBuild
import CasebookModel
import CasebookRender
import Foundation

/// `casebook export results`: the evaluation results for a spreadsheet or another tool.
struct ExportCommand: ParsableCommand {
    enum What: String, ExpressibleByArgument, CaseIterable { case results }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the evaluation results as CSV or JSON (one row per evaluated SEDP, in rank order)."
    )

    @Argument(help: "What to export: results.")
    var what: What

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Language of names and labels (default: the first configured language).", valueName: "LANG"))
    var lang: String?

    @Option(name: .long, help: "csv (UTF-8, opens in spreadsheet programs) or json.")
    var format: ResultsExporter.Format = .csv

    func run() throws {
        let (site, diagnostics) = SiteLoader(root: common.rootURL, includeDrafts: common.drafts,
                                             environment: ProcessInfo.processInfo.environment).load()
        guard let site, !diagnostics.hasErrors else {
            Console.print(diagnostics)
            Console.error("export failed: \(Console.summary(diagnostics))")
            throw ExitCode(1)
        }
        let language = lang ?? site.config.defaultLanguage
        guard site.config.languages.contains(language) else {
            throw ValidationError("--lang '\(language)' is not one of the configured languages: \(site.config.languages.joined(separator: ", "))")
        }
        let exporter = ResultsExporter(site: site, language: language)
        FileHandle.standardOutput.write(Data((format == .csv ? exporter.csv() : exporter.json()).utf8))
    }
}

extension ResultsExporter.Format: ExpressibleByArgument {}
