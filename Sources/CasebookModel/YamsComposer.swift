internal import Yams

/// Reads the YAML `PlainYAML` leaves alone with Yams and converts its nodes into our tree.
/// Anchors and aliases are refused: an alias shares its node in Yams but would be copied out
/// in full here and wherever shared fields are compared, so that a few lines of nested aliases
/// cost minutes and gigabytes.
enum YamsComposer {
    /// Why a text could not be read, located in the YAML text's own lines.
    enum Problem: Error {
        case yams(YamlError)
        case anchor(line: Int, column: Int)
        case other(String)

        /// What to tell the author, in plain words with the likely fix where the mistake is a
        /// common one (`YAMLErrorExplainer`); `text` is the YAML that was read.
        func diagnostics(in reader: YAMLReader, text: String) -> [Diagnostic] {
            switch self {
            case .yams(let error): return Self.diagnostics(for: error, in: reader, text: text)
            case let .anchor(line, column):
                return [.error(SourceLocation(file: reader.file, line: line, column: column),
                               "YAML anchors and aliases (&name, *name) are not allowed; write the value out in full")]
            case .other(let text):
                return [.error(SourceLocation(file: reader.file), "cannot read YAML: \(text)")]
            }
        }

        private static func diagnostics(for error: YamlError, in reader: YAMLReader, text: String) -> [Diagnostic] {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                 let .composer(context, problem, mark, _):
                let report = YAMLErrorExplainer.Report(problem: problem, line: mark.line, column: mark.column, context: context?.text,
                                                       contextLine: context?.mark.line ?? 0, contextColumn: context?.mark.column ?? 0)
                if let explanation = YAMLErrorExplainer.explain(report, text: text, lineOffset: reader.lineOffset) {
                    return [.error(reader.location(line: explanation.line, column: explanation.column), explanation.message)]
                }
                let message: Message = context.map { "invalid YAML: \(problem) (\($0.text) at line \($0.mark.line + reader.lineOffset))" } ?? "invalid YAML: \(problem)"
                // At the end of the text the cause is where the unfinished thing began (an open quote).
                if let context, problem.contains("end of stream") {
                    return [.error(reader.location(line: context.mark.line, column: context.mark.column), message)]
                }
                return [.error(reader.location(line: mark.line, column: mark.column), message)]
            case let .duplicatedKeysInMapping(duplicates, context):
                return duplicates.enumerated().map { index, key in
                    // Yams places only the first key; the others are found in the text.
                    let found = index == 0
                        ? YAMLErrorExplainer.duplicate(key, contextLine: context.mark.line, contextColumn: context.mark.column, text: text, lineOffset: reader.lineOffset)
                        : YAMLErrorExplainer.duplicate(key, contextLine: 1, contextColumn: 1, text: text, lineOffset: reader.lineOffset)
                    if let found { return .error(reader.location(line: found.line, column: found.column), found.message) }
                    return .error(reader.location(line: context.mark.line, column: context.mark.column), "duplicate key '\(key)' in YAML mapping")
                }
            case let .reader(problem, offset, _, _):
                return [.error(SourceLocation(file: reader.file), "invalid YAML: \(problem) at byte offset \(offset ?? 0)")]
            default:
                return [.error(SourceLocation(file: reader.file), "invalid YAML: \(error)")]
            }
        }
    }

    static func compose(_ yaml: String, lineOffset: Int) -> Result<YAMLNode?, Problem> {
        do {
            // The encoding is given because Yams' default reads the whole environment on every parse.
            let parser = try Parser(yaml: yaml, resolver: .default, constructor: .default, encoding: .utf8)
            guard let root = try parser.singleRoot() else { return .success(nil) }
            // The parser holds the anchors; while it lives, a node made from an anchor or an
            // alias still names its anchor.
            return withExtendedLifetime(parser) {
                Result { try convert(root, lineOffset: lineOffset) }.mapError { $0 as? Problem ?? .other("\($0)") }
            }
        } catch let error as YamlError {
            return .failure(.yams(error))
        } catch {
            return .failure(.other("\(error)"))
        }
    }

    private static func convert(_ node: Node, lineOffset: Int) throws -> YAMLNode {
        let line = (node.mark?.line ?? 1) + lineOffset
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            if scalar.anchor != nil { throw Problem.anchor(line: line, column: column) }
            return YAMLNode(.scalar(YAMLScalar(scalar.string, style: style(scalar.style), tag: tag(Tag.Name(rawValue: node.tag.rawValue)))),
                            line: line, column: column)
        case .sequence(let sequence):
            if sequence.anchor != nil { throw Problem.anchor(line: line, column: column) }
            return YAMLNode(.sequence(try sequence.map { try convert($0, lineOffset: lineOffset) }), line: line, column: column)
        case .mapping(let mapping):
            if mapping.anchor != nil { throw Problem.anchor(line: line, column: column) }
            return YAMLNode(.mapping(try mapping.map {
                YAMLNode.Pair(key: try convert($0.key, lineOffset: lineOffset), value: try convert($0.value, lineOffset: lineOffset))
            }), line: line, column: column)
        case .alias:
            throw Problem.anchor(line: line, column: column)
        }
    }

    private static func style(_ style: Node.Scalar.Style) -> YAMLScalar.Style {
        switch style {
        case .any, .plain: return .plain
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal
        case .folded: return .folded
        }
    }

    static func tag(_ name: Tag.Name) -> YAMLScalar.Tag {
        switch name {
        case .str: return .str
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .float: return .float
        case .timestamp: return .timestamp
        case .merge: return .merge
        case .value: return .value
        default: return .other(name.rawValue)
        }
    }
}
