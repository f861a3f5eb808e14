import Foundation
internal import Yams
import CasebookSupport

/// Parses YAML with Yams and turns its errors into located diagnostics; positions are
/// shifted by `lineOffset` so that they point into the file the YAML came from.
struct YAMLReader {
    var file: String
    var lineOffset: Int = 0

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    /// The root node, or nil after reporting why it could not be read.
    func parse(_ yaml: String, into diagnostics: inout Diagnostics) -> Node? {
        var tabErrors = false
        let lines = yaml.containsLiteral("\t") ? yaml.split(separator: "\n", omittingEmptySubsequences: false) : []
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            if let tab = indent.firstIndex(of: "\t") {
                let column = line.distance(from: line.startIndex, to: tab) + 1
                diagnostics.error(location(line: index + 1, column: column),
                                  "tab character in YAML indentation; indent with spaces")
                tabErrors = true
            }
        }
        if tabErrors { return nil }
        // Front matter is nearly always plain `key: value` YAML, which this reads many times
        // faster; anything else, and every error, is Yams'.
        if let node = PlainYAML.parse(yaml) { return node }
        do {
            // casebook reads scalars as text and types them itself (NodeReader), so tags are
            // only ever resolved by Yams' duplicate-key check; the basic resolver does that
            // without 7 regular expressions per key. (A plain and a quoted spelling of the same
            // key are then the same key.) The encoding is given because Yams' default reads
            // the whole environment on every parse.
            return try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
        } catch {
            diagnostics.error(SourceLocation(file: file), "cannot read YAML: \(error)")
        }
        return nil
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            // At the end of the text the cause is where the unfinished thing began (an open quote).
            if let context, problem.contains("end of stream") {
                return .error(location(line: context.mark.line, column: context.mark.column), message)
            }
            return .error(location(line: mark.line, column: mark.column), message)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(location(line: context.mark.line, column: context.mark.column),
                          "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in YAML mapping")
        case let .reader(problem, offset, _, _):
            return .error(SourceLocation(file: file), "invalid YAML: \(problem) at byte offset \(offset ?? 0)")
        default:
            return .error(SourceLocation(file: file), "invalid YAML: \(error)")
        }
    }
}
