import CasebookModel
import Foundation

/// Terminal output: diagnostics on standard error, results on standard output.
enum Console {
    /// Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).
    static let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Diagnostics on standard error, sorted; `quiet` leaves out the warnings.
    static func print(_ diagnostics: Diagnostics, quiet: Bool = false) {
        for diagnostic in diagnostics.sorted where !(quiet && diagnostic.severity == .warning) {
            var line = diagnostic.description
            if colour {
                let label = "\(diagnostic.severity.rawValue):"
                let code = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
                if let range = line.range(of: label) { line.replaceSubrange(range, with: code + label + "\u{1B}[0m") }
            }
            error(line)
        }
    }

    static func summary(_ diagnostics: Diagnostics) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        if errors == 0 && warnings == 0 { return "no problems found" }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
