import ArgumentParser
import CasebookBuild
import CasebookModel
import Foundation

/// `casebook init [DIR] [--languages ru,en]`: a new casebook that builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: Console.text("Start a new casebook: content/casebook.yml with every setting explained, and an example case, evaluation and page as drafts.")
    )

    @Argument(help: ArgumentHelp(Console.text("The folder to make it in (created if missing; default: the current folder)."), valueName: "DIR"))
    var folder: String = "."

    @Option(name: .long, help: ArgumentHelp(Console.text("The languages, the default first."), valueName: "LANGS"))
    var languages: String = "ru,en"

    func run() throws {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        do {
            let written = try CasebookInitializer(root: root, languages: codes, environment: ProcessInfo.processInfo.environment).create()
            for file in written { Console.out("created \(file)") }
            let inFolder = folder == "." ? "" : " (in \(folder))"
            Console.out("Next\(inFolder): edit content/casebook.yml, then 'casebook serve --drafts' to see the drafts, 'casebook build' to write site/.")
        } catch let problem as Problem {
            Console.error("error: \(problem.message)")
            throw ExitCode(1)
        }
    }
}
