import ArgumentParser
import CasebookBuild
import Foundation

/// The `casebook` command line.
@main
struct CasebookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: Console.text("Build a bilingual casebook website from Markdown files."),
        discussion: Console.text("""
        Run it in a casebook folder (one with content/casebook.yml), or pass --root DIR.
        Cases, evaluations and pages are Markdown files with YAML front matter under content/;
        the website is written to site/.

        Exit status: 0 success, 1 content errors, 2 wrong command-line usage.
        `build` exits with 3 when it wrote the website but could not make a PDF (WeasyPrint
        missing or failing); --no-pdf skips the PDFs.
        """),
        version: CasebookVersion.current,
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, TranslatedCommand.self, BundleCommand.self, ExportCommand.self, ImportCommand.self, ThemeCommand.self]
    )

    /// Parses, runs, and maps failures to the documented exit codes (usage errors are 2).
    /// Help and usage errors are ArgumentParser's texts with its own words translated
    /// (`UsageText`).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == ExitCode(1) {
                exit(withError: error)
            }
            let message = fullMessage(for: error, columns: UsageText.unwrapped)
            if code == .success {
                // The version and completion scripts are printed as they are.
                let text = UsageText.isHelp(message) ? UsageText.translated(message, in: Console.language, width: UsageText.terminalWidth) : message
                if !text.isEmpty { Console.out(verbatim: text) }
                Foundation.exit(0)
            }
            let text = UsageText.translated(message, in: Console.language, width: UsageText.terminalWidth)
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            Foundation.exit(code == .validationFailure || code.rawValue == 64 ? 2 : code.rawValue)
        }
    }
}
