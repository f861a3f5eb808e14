import CasebookModel
import Foundation

/// Terminal output: diagnostics on standard error, results on standard output.
enum Console {
    static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted { error(diagnostic.description) }
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
