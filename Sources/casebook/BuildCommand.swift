import ArgumentParser
import CasebookBuild
import CasebookRender
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

    @Option(name: .long, help: ArgumentHelp("Make only these outputs, comma-separated: web, print, slides (default: all). `--only web` leaves out the print book, the slide decks and their PDFs.", valueName: "LIST"))
    var only: String?

    /// The parts named by --only; the website itself is always made.
    var parts: OutputParts {
        guard let only else { return .all }
        return OutputParts(only.split(separator: ",").compactMap { OutputParts(name: $0.trimmingCharacters(in: .whitespaces)) })
            .union(.web)
    }

    func validate() throws {
        for name in only?.split(separator: ",") ?? [] where OutputParts(name: name.trimmingCharacters(in: .whitespaces)) == nil {
            throw ValidationError("--only: unknown output '\(name)'; choose from web, print, slides")
        }
    }

    func run() throws {
        let started = Date()
        let pipeline = BuildPipeline(options: .init(
            root: common.rootURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            includeDrafts: common.drafts, environment: ProcessInfo.processInfo.environment, parts: parts))
        let report = pipeline.build()
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
