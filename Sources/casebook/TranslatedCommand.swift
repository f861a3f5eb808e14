import ArgumentParser
import CasebookBuild
import CasebookModel
import Foundation

/// `casebook translated <file>…`: marks translations as made from the current original.
struct TranslatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translated",
        abstract: Console.text("Mark translations as up to date with their original (writes translation_of into their front matter).")
    )

    @OptionGroup var common: RootOption

    @Argument(help: ArgumentHelp(Console.text("Translation files, e.g. content/cases/x.en.md (relative to the casebook folder)."), valueName: "file"))
    var files: [String]

    func run() throws {
        let config = try ConfigReader.read(root: common.rootURL)
        let stamp = TranslationStamp(root: common.rootURL, config: config)
        var failed = false
        for file in files {
            do {
                let fingerprint = try stamp.stamp(file)
                Console.out("\(file): translation_of \(fingerprint)")
            } catch let problem as Problem {
                Console.error("error: \(problem.message)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
