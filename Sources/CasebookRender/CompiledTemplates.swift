import CasebookModel

/// A theme's templates, parsed once when the theme loads and then shared, read only, by every
/// thread that renders pages.
struct CompiledTemplates: Sendable {
    /// A partial as it is included on an indented standalone line.
    struct IndentedPartial: Hashable, Sendable {
        var name: String
        var indentation: [UInt8]
    }

    private(set) var templates: [String: CompiledTemplate] = [:]
    /// Partials included on indented standalone lines, parsed again from their text with the
    /// indentation before every line, as the Mustache spec has it: the template's lines are
    /// indented, not the values rendered into them.
    private(set) var indented: [IndentedPartial: CompiledTemplate] = [:]

    /// Deeper than this, partials that include themselves on indented lines are an error
    /// (each level would be parsed again with more indentation, without end).
    static let maximumIndentedPartials = 256

    /// Parses `sources` (name, file shown in errors, text); returns the templates that parsed
    /// and an error, located in its file, for each that did not.
    static func compile(_ sources: [(name: String, file: String, text: String)]) -> (CompiledTemplates, [Diagnostic]) {
        var result = CompiledTemplates()
        var diagnostics: [Diagnostic] = []
        var texts: [String: (file: String, text: String)] = [:]
        for source in sources {
            texts[source.name] = (source.file, source.text)
            var parser = TemplateParser(source.text, file: source.file)
            do {
                result.templates[source.name] = try parser.parse()
            } catch {
                diagnostics.append(error)
            }
        }
        var pending = sources.compactMap { result.templates[$0.name] }.flatMap(\.partials)
        while let (name, indentation) = pending.popLast() {
            let key = IndentedPartial(name: name, indentation: indentation)
            guard !indentation.isEmpty, result.indented[key] == nil, let source = texts[name], result.templates[name] != nil else { continue }
            guard result.indented.count < maximumIndentedPartials else {
                diagnostics.append(.error(SourceLocation(file: source.file, line: 1, column: 1),
                                          "partial '\(name)' includes itself on indented standalone lines without end"))
                break
            }
            var parser = TemplateParser(TemplateParser.indented(source.text, by: indentation), file: source.file)
            // The text parsed without the indentation; with it, it parses too.
            guard let template = try? parser.parse() else { continue }
            result.indented[key] = template
            pending += template.partials
        }
        return (result, diagnostics)
    }

    subscript(name: String) -> CompiledTemplate? { templates[name] }

    /// The partial `name` as included with `indentation` before it.
    func partial(_ name: String, indentation: [UInt8]) -> CompiledTemplate? {
        indentation.isEmpty ? templates[name] : indented[IndentedPartial(name: name, indentation: indentation)]
    }
}
