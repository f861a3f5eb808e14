/// Typed reads from the YAML tree that report a located diagnostic instead of failing silently.
struct NodeReader {
    var yaml: YAMLReader
    var diagnostics = Diagnostics()
    /// Labels that `labels(…, fallback: true)` took from the default language: language → what.
    var fallbackLabels: [String: [Message]] = [:]

    init(_ yaml: YAMLReader) { self.yaml = yaml }

    func location(_ node: YAMLNode) -> SourceLocation { yaml.location(node) }

    /// An empty value: `~`, `null` or nothing, or one tagged `!!null`.
    static func isNull(_ node: YAMLNode) -> Bool { node.isNull }

    /// The entries of a mapping, in order, or nil (with an error) if `node` is not one.
    mutating func mapping(_ node: YAMLNode, _ what: Message) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard let pairs = node.pairs else {
            diagnostics.error(location(node), "\(what) must be a mapping of 'key: value' lines")
            return nil
        }
        return pairs.map { (key: $0.key.text ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// A scalar's text, whatever YAML's type for it (`title: 2021` is the text "2021").
    mutating func string(_ node: YAMLNode, _ field: String) -> String? {
        guard let scalar = node.scalar else {
            diagnostics.error(location(node), "'\(field)' must be text, not a \(node.kindName)")
            return nil
        }
        if scalar.tag == .null {
            diagnostics.error(location(node), "'\(field)' is empty")
            return nil
        }
        return scalar.text
    }

    /// A whole number in `range`, written in decimal digits (`1_000` allowed): YAML reads `010`
    /// as octal and `0x1F` as hexadecimal, which nobody typing a budget means.
    mutating func int(_ node: YAMLNode, _ field: String, range: ClosedRange<Int>) -> Int? {
        guard let scalar = numberScalar(node, field, "a whole number", accept: [.int]) else { return nil }
        guard YAMLTagResolver.isDecimalInteger(scalar.text) else {
            diagnostics.error(location(node), "'\(field)' must be written in plain decimal digits, not '\(scalar.text)'")
            return nil
        }
        guard let value = scalar.integer, range.contains(value) else {
            diagnostics.error(location(node), "'\(field)' must be between \(range.lowerBound) and \(range.upperBound), not \(scalar.text)")
            return nil
        }
        return value
    }

    /// A finite number (`7`, `7.5`, `.5`, `1e3`); nil with an error for anything else.
    mutating func number(_ node: YAMLNode, _ field: String) -> Double? {
        guard let scalar = numberScalar(node, field, "a number", accept: [.int, .float]) else { return nil }
        let decimal = scalar.tag == .int ? YAMLTagResolver.isDecimalInteger(scalar.text) : YAMLTagResolver.isDecimalFloat(scalar.text)
        guard decimal else {
            let text = scalar.text.lowercased()
            if text.hasSuffix(".inf") || text == ".nan" {
                diagnostics.error(location(node), "'\(field)' must be a finite number, not '\(scalar.text)'")
            } else {
                diagnostics.error(location(node), "'\(field)' must be written in plain decimal digits, not '\(scalar.text)'")
            }
            return nil
        }
        let digits = scalar.text.utf8.contains(UInt8(ascii: "_")) ? String(scalar.text.filter { $0 != "_" }) : scalar.text
        // A spelling too large for a Double (1e400) comes back infinite: out of any range.
        return Double(digits) ?? .infinity
    }

    /// A number in `range`.
    mutating func number(_ node: YAMLNode, _ field: String, range: ClosedRange<Double>) -> Double? {
        guard let value = number(node, field) else { return nil }
        guard range.contains(value) else {
            diagnostics.error(location(node), "'\(field)' must be between \(ScoreFormat.string(range.lowerBound)) and \(ScoreFormat.string(range.upperBound)), not \(node.text ?? "")")
            return nil
        }
        return value
    }

    /// `true`/`false` (or YAML 1.1's yes/no/on/off); a quoted `"true"` is a text, not a boolean.
    mutating func bool(_ node: YAMLNode, _ field: String) -> Bool? {
        guard let scalar = numberScalar(node, field, "true or false", accept: [.bool]) else { return nil }
        return scalar.bool
    }

    /// The scalar if its tag is one of `accept`; else an error saying what was expected.
    private mutating func numberScalar(_ node: YAMLNode, _ field: String, _ what: Message,
                                       accept: Set<YAMLScalar.Tag>) -> YAMLScalar? {
        guard let scalar = node.scalar else {
            diagnostics.error(location(node), "'\(field)' must be \(what), not '\(node.kindName)'")
            return nil
        }
        if accept.contains(scalar.tag) { return scalar }
        if scalar.style != .plain, accept.contains(YAMLTagResolver.tag(ofPlain: scalar.text)) {
            diagnostics.error(location(node), "'\(field)' must be \(what) written without quotes, not \"\(scalar.text)\"")
        } else {
            diagnostics.error(location(node), "'\(field)' must be \(what), not '\(scalar.text)'")
        }
        return nil
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func strings(_ node: YAMLNode, _ field: String) -> [(String, SourceLocation)]? {
        switch node.content {
        case .scalar:
            return string(node, field).map { [($0, location(node))] }
        case .sequence(let sequence):
            var result: [(String, SourceLocation)] = []
            for item in sequence {
                guard let value = string(item, field) else { return nil }
                result.append((value, location(item)))
            }
            return result
        case .mapping:
            diagnostics.error(location(node), "'\(field)' must be a list like [a, b]")
            return nil
        }
    }

    /// A text per configured language: `{ru: "…", en: "…"}`. Every language must be there.
    /// With `fallback`, a label missing in a language other than the first (the default) is
    /// that language's label, with one warning, so that a language can be added gradually.
    mutating func labels(_ node: YAMLNode, _ what: Message, languages: [String],
                         extraKeys: Set<String> = [], fallback: Bool = false) -> [String: String]? {
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
            if fallback, let main = languages.first, language != main, let label = labels[main] {
                labels[language] = label
                fallbackLabels[language, default: []].append(what)
                diagnostics.warning(location(node), "\(what) has no '\(language)' label; the \(main) label '\(label)' is shown until it has one")
            } else {
                diagnostics.error(location(node), "\(what) has no '\(language)' label; every configured language needs one")
            }
        }
        return labels.count == languages.count ? labels : nil
    }

    static func kindName(_ node: YAMLNode) -> String { node.kindName }

    /// A canonical text of a value, for comparing shared fields across translations.
    static func canonical(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let scalar): return "s:" + scalar.text
        case .sequence(let sequence): return "[" + sequence.map(canonical).joined(separator: ",") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { canonical($0.key) + "=" + canonical($0.value) }.sorted().joined(separator: ",") + "}"
        }
    }
}
