import ArgumentParser
import CasebookBuild
import CasebookModel
import Foundation

/// `casebook bundle`: a zip of the built site with a checksum file.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Pack the built site into one zip (plus a .sha256 checksum file) for a USB stick or a messenger."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The built site (default: site/ in the casebook folder).", valueName: "DIR"))
    var site: String?

    @Option(name: .long, help: ArgumentHelp("The zip to write (default: casebook-<date>.zip in the casebook folder).", valueName: "FILE"))
    var output: String?

    func run() throws {
        let config = try ConfigReader.read(root: common.rootURL)
        let siteURL = site.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? common.rootURL.appendingPathComponent("site")
        let zip = output.map { URL(fileURLWithPath: $0) }
            ?? common.rootURL.appendingPathComponent("casebook-\(config.date ?? "site").zip")
        do {
            let (checksum, count) = try SiteBundler(site: siteURL, date: config.date).bundle(to: zip)
            let size = (try? FileManager.default.attributesOfItem(atPath: zip.path)[.size] as? Int) ?? 0
            Console.out("bundled \(count) files into \(zip.path) (\(size / 1024) KiB), sha256 \(checksum)")
            Console.out("unzip it anywhere and open \(zip.deletingPathExtension().lastPathComponent)/index.html")
        } catch let problem as Problem {
            Console.error("error: \(problem.message)")
            throw ExitCode(1)
        }
    }
}
