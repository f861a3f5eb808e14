import ArgumentParser
import CasebookBuild

/// `casebook check`: every error and warning, nothing written.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every content file and report all errors and warnings; writes nothing."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let report = BuildPipeline(options: .init(root: common.rootURL, includeDrafts: common.drafts)).check()
        Console.print(report.diagnostics)
        Console.out("check: \(Console.summary(report.diagnostics))")
        if report.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
