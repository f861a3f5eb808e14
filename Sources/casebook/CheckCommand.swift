import ArgumentParser
import CasebookBuild
import CasebookModel
import Foundation

/// `casebook check`: every error and warning, and what is left to translate; writes nothing.
struct CheckCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Console.text("Check every content file, report all errors and warnings and what is left to translate; writes nothing.")
    )

    @OptionGroup var common: CommonOptions

    @Flag(name: .long, help: ArgumentHelp(Console.text("Treat warnings as errors (exit status 1 if there is any).")))
    var strict = false

    @Option(name: .long, help: ArgumentHelp(Console.text("text (for people) or json (for tools).")))
    var format: Format = .text

    func run() throws {
        let report = BuildPipeline(options: .init(root: common.rootURL, includeDrafts: common.drafts,
                                                  environment: ProcessInfo.processInfo.environment)).check()
        var diagnostics = report.diagnostics
        if strict {
            var promoted = Diagnostics()
            for diagnostic in diagnostics.all {
                var copy = diagnostic
                copy.severity = .error
                promoted.append(copy)
            }
            diagnostics = promoted
        }
        switch format {
        case .text:
            Console.print(diagnostics)
            if let translations = report.translations { Console.out(verbatim: TranslationReportText.render(translations, in: Console.language)) }
            Console.out("check: \(Console.summary(diagnostics))")
        case .json:
            Console.out(verbatim: CheckJSON.render(diagnostics, report.translations))
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
