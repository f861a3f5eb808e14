import CasebookModel
import Foundation

/// Terminal output: diagnostics on standard error, results on standard output, every message
/// in the language the person chose.
enum Console {
    /// Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).
    static let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Chosen before the command line is parsed, so that `--help` speaks it too.
    static let language = MessageLanguage.chosen(arguments: CommandLine.arguments,
                                                 environment: ProcessInfo.processInfo.environment)

    /// Diagnostics on standard error, sorted; `quiet` leaves out the warnings.
    static func print(_ diagnostics: Diagnostics, quiet: Bool = false) {
        for diagnostic in diagnostics.sorted where !(quiet && diagnostic.severity == .warning) {
            var line = diagnostic.rendered(in: language)
            if colour {
                let label = "\(diagnostic.severity.label.rendered(in: language)):"
                let code = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
                if let range = line.range(of: label) { line.replaceSubrange(range, with: code + label + "\u{1B}[0m") }
            }
            error(verbatim: line)
        }
    }

    static func summary(_ diagnostics: Diagnostics) -> Message {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        if errors == 0 && warnings == 0 { return "no problems found" }
        return "\(errors) \(plural: errors, "error", "errors"), \(warnings) \(plural: warnings, "warning", "warnings")"
    }

    /// `message` in the chosen language.
    static func text(_ message: Message) -> String { message.rendered(in: language) }

    static func out(_ message: Message) { out(verbatim: text(message)) }

    static func error(_ message: Message) { error(verbatim: text(message)) }

    /// A line that is already in the chosen language (or is data, such as JSON).
    static func out(verbatim line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(verbatim line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
