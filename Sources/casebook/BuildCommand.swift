import ArgumentParser
import CasebookBuild
import Foundation

/// `casebook build`: the website into site/.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content and write the website to site/ (nothing is written if there is an error)."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the website (default: site/ in the casebook folder).", valueName: "DIR"))
    var output: String?

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also list every file written.")
    var verbose = false

    func run() throws {
        let started = Date()
        let pipeline = BuildPipeline(options: .init(
            root: common.rootURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            includeDrafts: common.drafts, environment: ProcessInfo.processInfo.environment))
        let ticker = quiet ? nil : ProgressTicker.start(started: started)
        let report = pipeline.build()
        ticker?.cancel()
        Console.print(report.diagnostics, quiet: quiet)
        guard report.wrote else {
            Console.error("build failed: \(Console.summary(report.diagnostics)); \(pipeline.options.output.path) was not changed")
            throw ExitCode(1)
        }
        if quiet { return }
        if verbose { for path in report.writtenPaths { Console.out("  \(path)") } }
        let pages = report.pageCount.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        Console.out("built \(pipeline.options.output.path): \(pages) pages, \(report.fileCount) files in \(seconds) s")
    }
}
