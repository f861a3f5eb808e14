import Foundation

/// A loaded theme: templates, interface strings per language, and assets to copy.
public struct Theme: Sendable {
    public var name: String
    /// The templates, parsed when the theme loaded (see `TemplateParser`).
    let templates: CompiledTemplates
    public var strings: [String: UIStrings]
    /// Files under `assets/`, to be written to `site/assets/`.
    public var assets: [OutputFile]
    /// Element ids the templates write literally (`id="facts-title"`); body headings avoid them.
    public var reservedIDs: Set<String> = []
    /// Set only by tests that compare every render with swift-mustache's.
    var renderLog: TemplateRenderLog?

    /// Renders the template `name` with `context`; nil when there is no such template.
    func render(_ name: String, _ context: [String: Any]) -> String? {
        bytes(name, context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render` kept as bytes, for a page's content placed into the layout.
    func renderHTML(_ name: String, _ context: [String: Any]) -> RenderedHTML? {
        bytes(name, context).map(RenderedHTML.init(bytes:))
    }

    /// `render` as the bytes of a file (the layout of every page): no String to validate and copy.
    func renderData(_ name: String, _ context: [String: Any]) -> Data? {
        bytes(name, context).map { Data($0) }
    }

    private func bytes(_ name: String, _ context: [String: Any]) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = TemplateRenderer(templates: templates)
        do {
            let bytes = try renderer.bytes(template, context)
            renderLog?.record(.init(template: name, context: context, output: bytes))
            return bytes
        } catch {
            // Contexts are made by casebook's own code, never read from content or themes.
            preconditionFailure("template '\(name)': \(error)")
        }
    }

    /// `object` with its rendering of partial `name` (`case-card`), when the partial looks up
    /// nothing outside the object: then every list that shows the object copies that rendering
    /// instead of rendering the partial again. Otherwise `object` as it is.
    func prerendered(_ name: String, _ object: [String: Any]) -> Any {
        guard let template = templates[name], template.isSelfContained(keys: Set(object.keys)),
              let html = bytes(name, object) else { return object }
        // Kept for the whole build: only as many bytes as it has (a render starts with room for a page).
        return PrerenderedPartial(object: object, partial: name, html: RenderedHTML(bytes: Array(html[...])))
    }

    func hasTemplate(_ name: String) -> Bool { templates[name] != nil }
}
