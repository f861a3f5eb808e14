import ArgumentParser
import CasebookBuild
import CasebookRender
import Foundation

/// `casebook build`: the website into site/.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: Console.text("Check the content and write the website to site/ (nothing is written if there is an error).")
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp(Console.text("Where to write the website (default: site/ in the casebook folder)."), valueName: "DIR"))
    var output: String?

    @Flag(name: .shortAndLong, help: ArgumentHelp(Console.text("Print only errors.")))
    var quiet = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(Console.text("Also list every file written.")))
    var verbose = false

    @Option(name: .long, help: ArgumentHelp(Console.text("Make only these outputs, comma-separated: \(Outputs.names.joined(separator: ", ")) (default: all; the website and its results exports are always made). `--only web` leaves out the print book, the slide decks and their PDFs."), valueName: "LIST"))
    var only: String?

    /// The outputs named by --only.
    var selection: OutputSelection {
        only.flatMap(OutputSelection.init(only:)) ?? .all
    }

    func validate() throws {
        if let name = only.flatMap({ OutputSelection.unknownNames(in: $0).first }) {
            throw ValidationError(Console.text("--only: unknown output '\(name)'; choose from \(Outputs.names.joined(separator: ", "))"))
        }
    }

    @Flag(name: .customLong("no-pdf"), help: ArgumentHelp(Console.text("Do not make the PDFs of the printable book and the slide decks (their HTML is still written).")))
    var noPDF = false

    func run() throws {
        let started = Date()
        let progress = BuildProgress()
        let pipeline = BuildPipeline(options: .init(
            root: common.rootURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            includeDrafts: common.drafts, environment: ProcessInfo.processInfo.environment, selection: selection,
            makePDFs: !noPDF, progress: progress))
        let ticker = quiet ? nil : ProgressTicker.start(started: started, progress: progress)
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
        let unchanged = report.reusedPDFs.isEmpty ? "" : ", \(report.reusedPDFs.count) unchanged"
        let pdfs = report.pdfs.isEmpty ? "" : " (\(report.pdfs.count) PDF\(report.pdfs.count == 1 ? "" : "s")\(unchanged))"
        Console.out("built \(pipeline.options.output.path): \(pages) pages, \(report.fileCount) files\(pdfs) in \(seconds) s")
        // The website is written and usable, but a deliverable is missing: a distinct status
        // lets a script or CI tell this from success (0) and from content errors (1, nothing written).
        if report.pdfFailed { throw ExitCode(3) }
    }
}
