import CasebookModel

/// A theme's templates, parsed once when the theme loads and then shared, read only, by every
/// thread that renders pages.
struct CompiledTemplates: Sendable {
    private(set) var templates: [String: CompiledTemplate] = [:]
    /// The templates included as partials on lines of their own, parsed again with the starts
    /// of their lines marked, where `TemplateRenderer` writes the indentation of the line that
    /// included them (`TemplateParser.indentable`).
    private(set) var indentable: [String: CompiledTemplate] = [:]

    /// Parses `sources` (name, file shown in errors, text); returns the templates that parsed
    /// and an error, located in its file, for each that did not.
    static func compile(_ sources: [(name: String, file: String, text: String)]) -> (CompiledTemplates, [Diagnostic]) {
        var result = CompiledTemplates()
        var diagnostics: [Diagnostic] = []
        for source in sources {
            var parser = TemplateParser(source.text, file: source.file)
            do {
                result.templates[source.name] = try parser.parse()
            } catch {
                diagnostics.append(error)
            }
        }
        let standalone = result.templates.values.reduce(into: Set<String>()) { $0.formUnion($1.standalonePartials) }
        for source in sources where standalone.contains(source.name) && result.templates[source.name] != nil {
            var parser = TemplateParser(source.text, file: source.file, indentable: true)
            // The text parsed once already; marking its lines changes nothing that could fail.
            result.indentable[source.name] = try? parser.parse()
        }
        return (result, diagnostics)
    }

    subscript(name: String) -> CompiledTemplate? { templates[name] }
}
