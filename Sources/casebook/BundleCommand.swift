import ArgumentParser
import CasebookBuild
import CasebookModel
import Foundation

/// `casebook bundle`: a zip of the built site with a checksum file.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: Console.text("Pack the built site into one zip (plus a .sha256 checksum file) for a USB stick or a messenger."),
        discussion: Console.text("""
        Refuses a site older than its sources (a file under content/ or themes/ changed after the \
        build); --build builds it first. Exit status 3: the zip was written, but PDFs the pages \
        link to are missing (or, with --build, could not be made).
        """)
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp(Console.text("The built site (default: site/ in the casebook folder)."), valueName: "DIR"))
    var site: String?

    @Option(name: .long, help: ArgumentHelp(Console.text("The zip to write (default: casebook-<date>.zip in the casebook folder)."), valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(Console.text("Build the site first when it is missing or older than its sources (with PDFs, as casebook build).")))
    var build = false

    func run() throws {
        let config = try ConfigReader.read(root: common.rootURL)
        let siteURL = site.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? common.rootURL.appendingPathComponent("site")
        let zip = output.map { URL(fileURLWithPath: $0) }
            ?? common.rootURL.appendingPathComponent("casebook-\(config.date ?? "site").zip")
        let bundler = SiteBundler(root: common.rootURL, site: siteURL, date: config.date)
        if let refusal = bundler.refusal(for: zip) { return try fail(refusal) }
        var pdfFailed = false
        if build, bundler.staleness() != nil {
            let report = BuildPipeline(options: .init(root: common.rootURL, output: siteURL, includeDrafts: common.drafts,
                                                      environment: ProcessInfo.processInfo.environment, makePDFs: true)).build()
            Console.print(report.diagnostics, quiet: false)
            guard report.wrote else { return try fail("build failed: \(Console.summary(report.diagnostics)); nothing was bundled") }
            pdfFailed = report.pdfFailed
        }
        do {
            let result = try bundler.bundle(to: zip)
            let size = (try? FileManager.default.attributesOfItem(atPath: zip.path)[.size] as? Int) ?? 0
            Console.out("bundled \(result.files) files into \(zip.path) (\(size / 1024) KiB), sha256 \(result.checksum)")
            Console.out("unzip it anywhere and open \(zip.deletingPathExtension().lastPathComponent)/index.html")
            for missing in result.missingPDFs { Console.error("warning: \(missing.message)") }
            if pdfFailed || !result.missingPDFs.isEmpty { throw ExitCode(3) }
        } catch let problem as Problem {
            try fail(problem.message)
        } catch let failure as FileFailure {
            try fail("\(failure.description)")
        }
    }

    private func fail(_ message: Message) throws {
        Console.error("error: \(message)")
        throw ExitCode(1)
    }
}
