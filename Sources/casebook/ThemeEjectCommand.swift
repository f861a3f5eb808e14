import ArgumentParser
import CasebookBuild
import CasebookModel
import Foundation

/// `casebook theme eject [--force]`: the built-in default theme copied to themes/default/.
struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: Console.text("Copy the built-in default theme to themes/default/ for customising (a theme folder wins over the built-in one).")
    )

    @Option(name: .long, help: ArgumentHelp(Console.text("The casebook folder."), valueName: "DIR"))
    var root: String = "."

    @Flag(name: .long, help: ArgumentHelp(Console.text("Overwrite the files of an existing themes/default/.")))
    var force = false

    func run() throws {
        do {
            let written = try ThemeEjector(root: URL(fileURLWithPath: root, isDirectory: true)).eject(force: force)
            Console.out("wrote \(written.count) files to \(ThemeEjector.folder)/; casebook now uses them instead of the built-in theme")
        } catch let problem as Problem {
            Console.error("error: \(problem.message)")
            throw ExitCode(1)
        }
    }
}
