import ArgumentParser
import CasebookBuild
import CasebookModel
import Foundation

/// `casebook import evaluations FILE.csv [--write]`: the filled-in evaluation sheet back into
/// the evaluation files; shows the changes, and makes them with --write.
struct ImportCommand: ParsableCommand {
    enum What: String, ExpressibleByArgument, CaseIterable { case evaluations }

    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Console.text("Read a filled-in evaluation sheet (from 'casebook export form') into the evaluation files."),
        discussion: Console.text("""
        The sheet may be saved with ';' or ',' between fields, decimal commas or points, with or
        without a byte-order mark. Without --write it only shows what would change.
        """)
    )

    @Argument(help: ArgumentHelp(Console.text("What to import: evaluations.")))
    var what: What

    @Argument(help: ArgumentHelp(Console.text("The sheet, a CSV file."), valueName: "FILE"))
    var file: String

    @OptionGroup var common: RootOption

    @Flag(name: .long, help: ArgumentHelp(Console.text("Write the changes (without it, only show them).")))
    var write = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError(Console.text("cannot read '\(file)'"))
        }
        // Drafts too: a draft evaluation is updated, not made a second time.
        let (site, loadDiagnostics) = SiteLoader(root: common.rootURL, includeDrafts: true,
                                                 environment: ProcessInfo.processInfo.environment).load()
        guard let site, !loadDiagnostics.hasErrors else {
            Console.print(loadDiagnostics)
            Console.error("import failed: fix the content first (\(Console.summary(loadDiagnostics)))")
            throw ExitCode(1)
        }
        let importer = EvaluationImporter(site: site, root: common.rootURL)
        let (changes, diagnostics) = importer.plan(sheet: data, file: file)
        Console.print(diagnostics)
        if diagnostics.hasErrors {
            Console.error("import failed: \(Console.summary(diagnostics)); nothing was written")
            throw ExitCode(1)
        }
        for change in changes {
            Console.out(change.isNew ? "\(change.path) (new, from the scaffold)" : "\(change.path)")
            for field in change.fields {
                Console.out(change.isNew ? "  \(field.name): \(field.new ?? "—")" : "  \(field.name): \(field.old ?? "—") → \(field.new ?? "—")")
            }
        }
        let created = changes.filter(\.isNew).count, changed = changes.count - created
        guard !changes.isEmpty else {
            Console.out("Nothing to change: the evaluation files already say what the sheet says.")
            return
        }
        if write {
            try importer.apply(changes)
            Console.out("Wrote \(changed) changed and \(created) new file\(created == 1 ? "" : "s").")
        } else {
            Console.out("\(changed) file\(changed == 1 ? "" : "s") would change and \(created) would be created; run again with --write to do it.")
        }
    }
}
