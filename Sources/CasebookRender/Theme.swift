import Foundation
internal import Mustache

/// A loaded theme: templates, interface strings per language, and assets to copy.
public struct Theme: Sendable {
    public var name: String
    var library: MustacheLibrary
    public var strings: [String: UIStrings]
    /// Files under `assets/`, to be written to `site/assets/`.
    public var assets: [OutputFile]
    /// The templates of `library` compiled for speed, made on first use (see `CompiledTemplate`).
    private let compiled = CompiledTemplates()
    /// Off only in tests that compare the compiled templates with swift-mustache's rendering.
    var usesCompiledTemplates = true
    /// Element ids the templates write literally (`id="facts-title"`); body headings avoid them.
    public var reservedIDs: Set<String> = []

    /// Renders the template `name` with `context`; nil when there is no such template.
    func render(_ name: String, _ context: [String: Any]) -> String? {
        let (templates, uncompiled) = compiled.of(library)
        if usesCompiledTemplates, let template = templates[name] {
            var renderer = TemplateRenderer(templates: templates, uncompiled: uncompiled)
            if let text = renderer.render(template, context) { return text }
        }
        return library.render(context, withTemplate: name)
    }

    /// `render` kept as bytes, for a page's content placed into the layout.
    func renderHTML(_ name: String, _ context: [String: Any]) -> RenderedHTML? {
        let (templates, uncompiled) = compiled.of(library)
        if usesCompiledTemplates, let template = templates[name] {
            var renderer = TemplateRenderer(templates: templates, uncompiled: uncompiled)
            if let bytes = renderer.bytes(template, context) { return RenderedHTML(bytes: bytes) }
        }
        return library.render(context, withTemplate: name).map { RenderedHTML(bytes: Array($0.utf8)) }
    }

    /// `render` as the bytes of a file (the layout of every page): no String to validate and copy.
    func renderData(_ name: String, _ context: [String: Any]) -> Data? {
        let (templates, uncompiled) = compiled.of(library)
        if usesCompiledTemplates, let template = templates[name] {
            var renderer = TemplateRenderer(templates: templates, uncompiled: uncompiled)
            if let bytes = renderer.bytes(template, context) { return Data(bytes) }
        }
        return library.render(context, withTemplate: name).map { Data($0.utf8) }
    }

    /// `object` with its rendering of partial `name` (`case-card`) added, when the compiled
    /// partial looks up nothing outside the object: then every list that shows the object
    /// copies that rendering instead of rendering the partial again. Otherwise `object` as it is.
    func prerendered(_ name: String, _ object: [String: Any]) -> [String: Any] {
        guard usesCompiledTemplates, let template = compiled.of(library).templates[name],
              template.isSelfContained(keys: Set(object.keys)), let html = renderHTML(name, object) else { return object }
        var object = object
        // Kept for the whole build: only as many bytes as it has (a render starts with room for a page).
        object[TemplateRenderer.renderedPartialKey(name)] = RenderedHTML(bytes: Array(html.bytes[...]))
        return object
    }

    /// Templates that render with swift-mustache because they use what `CompiledTemplate` does not.
    var uncompiledTemplates: Set<String> { compiled.of(library).uncompiled }

    func hasTemplate(_ name: String) -> Bool { library.getTemplate(named: name) != nil }
}
