internal import Yams

/// Typed reads from Yams nodes that report a located diagnostic instead of failing silently.
struct NodeReader {
    var yaml: YAMLReader
    var diagnostics = Diagnostics()

    init(_ yaml: YAMLReader) { self.yaml = yaml }

    func location(_ node: Node) -> SourceLocation { yaml.location(node) }

    /// An empty value: `~`, `null` or nothing, or one tagged `!!null`. (No `Tag` is made to
    /// compare with: each would build Yams' default constructor tables, and this runs for
    /// every field of every file.)
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        if scalar.style == .plain {
            switch scalar.string {
            case "", "~", "null", "Null", "NULL": return true
            default: break
            }
        }
        return scalar.tag.rawValue == Tag.Name.null.rawValue
    }

    /// The entries of a mapping, in order, or nil (with an error) if `node` is not one.
    mutating func mapping(_ node: Node, _ what: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            diagnostics.error(location(node), "\(what) must be a mapping of 'key: value' lines")
            return nil
        }
        return mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    mutating func string(_ node: Node, _ field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            diagnostics.error(location(node), "'\(field)' must be text, not a \(NodeReader.kindName(node))")
            return nil
        }
        if NodeReader.isNull(node) {
            diagnostics.error(location(node), "'\(field)' is empty")
            return nil
        }
        return scalar.string
    }

    mutating func int(_ node: Node, _ field: String, minimum: Int? = 0) -> Int? {
        guard case .scalar(let scalar) = node,
              let value = Int(scalar.string.utf8.contains(UInt8(ascii: "_"))
                              ? scalar.string.replacingOccurrences(of: "_", with: "") : scalar.string) else {
            diagnostics.error(location(node), "'\(field)' must be a whole number, not '\(node.string ?? NodeReader.kindName(node))'")
            return nil
        }
        if let minimum, value < minimum {
            diagnostics.error(location(node), "'\(field)' must be at least \(minimum), not \(value)")
            return nil
        }
        return value
    }

    mutating func number(_ node: Node, _ field: String) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
            diagnostics.error(location(node), "'\(field)' must be a number, not '\(node.string ?? NodeReader.kindName(node))'")
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, _ field: String) -> Bool? {
        if let value = node.bool, case .scalar = node { return value }
        diagnostics.error(location(node), "'\(field)' must be true or false, not '\(node.string ?? NodeReader.kindName(node))'")
        return nil
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func strings(_ node: Node, _ field: String) -> [(String, SourceLocation)]? {
        switch node {
        case .scalar:
            return string(node, field).map { [($0, location(node))] }
        case .sequence(let sequence):
            var result: [(String, SourceLocation)] = []
            for item in sequence {
                guard let value = string(item, field) else { return nil }
                result.append((value, location(item)))
            }
            return result
        default:
            diagnostics.error(location(node), "'\(field)' must be a list like [a, b]")
            return nil
        }
    }

    /// A text per configured language: `{ru: "…", en: "…"}`. Every language must be there.
    mutating func labels(_ node: Node, _ what: String, languages: [String],
                         extraKeys: Set<String> = []) -> [String: String]? {
        guard let entries = mapping(node, what) else { return nil }
        var labels: [String: String] = [:]
        for entry in entries {
            if languages.contains(entry.key) {
                if let text = string(entry.value, "\(what).\(entry.key)") { labels[entry.key] = text }
            } else if !extraKeys.contains(entry.key) {
                diagnostics.error(location(entry.keyNode),
                                  "unknown key '\(entry.key)' in \(what)\(Suggestion.didYouMean(entry.key, in: Set(languages).union(extraKeys)))",
                                  note: "labels are given per configured language: \(languages.joined(separator: ", "))")
            }
        }
        for language in languages where labels[language] == nil {
            diagnostics.error(location(node), "\(what) has no '\(language)' label; every configured language needs one")
        }
        return labels.count == languages.count ? labels : nil
    }

    static func kindName(_ node: Node) -> String {
        switch node {
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .scalar: return "text"
        case .alias: return "alias"
        }
    }

    /// A canonical text of a value, for comparing shared fields across translations.
    static func canonical(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "s:" + scalar.string
        case .sequence(let sequence): return "[" + sequence.map(canonical).joined(separator: ",") + "]"
        case .mapping(let mapping):
            return "{" + mapping.map { canonical($0.key) + "=" + canonical($0.value) }.sorted().joined(separator: ",") + "}"
        case .alias: return "alias"
        }
    }
}
