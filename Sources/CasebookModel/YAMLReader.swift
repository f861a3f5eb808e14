import CasebookSupport

/// Reads YAML into the one tree casebook decodes (`YAMLNode`) and turns every problem into a
/// located diagnostic; lines are shifted by `lineOffset` so that they point into the file the
/// YAML came from. Plain front matter is read by `PlainYAML`, everything else by Yams.
public struct YAMLReader: Sendable {
    public var file: String
    public var lineOffset: Int

    public init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    public func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    /// A line and column of the YAML text itself (not yet shifted).
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    /// A value that YAML cut at ` #` is a warning: the text was meant whole.
    private func warnAboutCutValues(_ yaml: String, into diagnostics: inout Diagnostics) {
        guard yaml.containsLiteral(" #") else { return }
        for found in YAMLErrorExplainer.valuesCutByComments(yaml) {
            diagnostics.warning(location(line: found.line, column: found.column), found.message)
        }
    }

    /// The root node; nil for an empty document, or after reporting why the text could not be
    /// read.
    public func parse(_ yaml: String, into diagnostics: inout Diagnostics) -> YAMLNode? {
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
        let forbidden = YAMLForbiddenCharacters.find(in: yaml)
        if !forbidden.isEmpty {
            for found in forbidden {
                diagnostics.error(location(line: found.line, column: found.column), "\(found.name) is not allowed in YAML; remove it")
            }
            return nil
        }
        // Front matter is nearly always plain `key: value` YAML, which this reads many times
        // faster; anything else, and every error, is Yams'.
        if let node = PlainYAML.parse(yaml, lineOffset: lineOffset) {
            warnAboutCutValues(yaml, into: &diagnostics)
            return node
        }
        switch YamsComposer.compose(yaml, lineOffset: lineOffset) {
        case .success(let node):
            warnAboutCutValues(yaml, into: &diagnostics)
            return node
        case .failure(let problem):
            diagnostics.append(contentsOf: problem.diagnostics(in: self, text: yaml))
            return nil
        }
    }
}
