@testable import CasebookModel
import Yams

/// Our YAML tree and Yams' nodes written out the same way, line by line: kind, text, style,
/// resolved tag and position of every node. Two trees agree when their lines do.
enum YAMLTreeText {
    static func lines(_ node: YAMLNode?) -> [String] {
        var out: [String] = []
        if let node { describe(node, &out) } else { out.append("nil") }
        return out
    }

    static func lines(_ node: Node?) -> [String] {
        var out: [String] = []
        if let node { describe(node, &out) } else { out.append("nil") }
        return out
    }

    /// Yams' reading with its default (YAML 1.1) resolver: the oracle.
    static func yams(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .default, .default, .utf8)
    }

    private static func describe(_ node: YAMLNode, _ out: inout [String]) {
        let mark = "\(node.line):\(node.column)"
        switch node.content {
        case .scalar(let scalar):
            out.append("scalar \(scalar.text.debugDescription) \(name(scalar.style)) \(name(scalar.tag)) \(mark)")
        case .mapping(let pairs):
            out.append("mapping \(pairs.count) \(mark)")
            for pair in pairs {
                describe(pair.key, &out)
                describe(pair.value, &out)
            }
        case .sequence(let items):
            out.append("sequence \(items.count) \(mark)")
            for item in items { describe(item, &out) }
        }
    }

    private static func describe(_ node: Node, _ out: inout [String]) {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "-"
        switch node {
        case .scalar(let scalar):
            let style: String
            switch scalar.style {
            case .any, .plain: style = "plain"
            case .singleQuoted: style = "singleQuoted"
            case .doubleQuoted: style = "doubleQuoted"
            case .literal: style = "literal"
            case .folded: style = "folded"
            }
            out.append("scalar \(scalar.string.debugDescription) \(style) \(yamsTagName(node.tag.rawValue)) \(mark)")
        case .mapping(let mapping):
            out.append("mapping \(mapping.count) \(mark)")
            for (key, value) in mapping {
                describe(key, &out)
                describe(value, &out)
            }
        case .sequence(let sequence):
            out.append("sequence \(sequence.count) \(mark)")
            for item in sequence { describe(item, &out) }
        case .alias:
            out.append("alias")
        }
    }

    private static func name(_ style: YAMLScalar.Style) -> String {
        switch style {
        case .plain: return "plain"
        case .singleQuoted: return "singleQuoted"
        case .doubleQuoted: return "doubleQuoted"
        case .literal: return "literal"
        case .folded: return "folded"
        }
    }

    private static func name(_ tag: YAMLScalar.Tag) -> String {
        switch tag {
        case .str: return "str"
        case .null: return "null"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .timestamp: return "timestamp"
        case .merge: return "merge"
        case .value: return "value"
        case .other(let name): return name
        }
    }

    private static func yamsTagName(_ raw: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        let short = raw.hasPrefix(prefix) ? String(raw.dropFirst(prefix.count)) : raw
        return ["str", "null", "bool", "int", "float", "timestamp", "merge", "value"].contains(short) ? short : raw
    }
}
