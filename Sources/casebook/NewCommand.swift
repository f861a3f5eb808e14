import ArgumentParser
import CasebookBuild
import CasebookModel
import Foundation

/// `casebook new case|evaluation|page|deck <id>`: files to start writing in.
struct NewCommand: ParsableCommand {
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case `case`, evaluation, page, deck

        var documentKind: DocumentKind {
            switch self {
            case .case: return .cases
            case .evaluation: return .evaluations
            case .page: return .pages
            case .deck: return .slides
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: Console.text("Create a new case, evaluation, page or deck in every language, as a draft with every field explained.")
    )

    @Argument(help: ArgumentHelp(Console.text("case, evaluation, page or deck.")))
    var kind: Kind

    @Argument(help: ArgumentHelp(Console.text("The id: lowercase letters, digits and '-', e.g. masy-kindergarten. For an evaluation, the municipality id.")))
    var id: String

    @OptionGroup var common: RootOption

    @Option(name: .long, help: ArgumentHelp(Console.text("Languages to create, e.g. ru,en (default: every configured language)."), valueName: "LANGS"))
    var lang: String?

    func run() throws {
        let config = try ConfigReader.read(root: common.rootURL)
        let languages = lang.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        do {
            let files = try Scaffolder(root: common.rootURL, config: config).create(kind.documentKind, id: id, languages: languages)
            for file in files { Console.out("created \(file)") }
            Console.out("It is a draft: fill it in, check it with 'casebook check', then remove 'draft: true'.")
        } catch let problem as Problem {
            Console.error("error: \(problem.message)")
            throw ExitCode(1)
        }
    }
}
