import Foundation
internal import Mustache

/// A loaded theme: templates, interface strings per language, and assets to copy.
public struct Theme: Sendable {
    public var name: String
    var library: MustacheLibrary
    public var strings: [String: UIStrings]
    /// Files under `assets/`, to be written to `site/assets/`.
    public var assets: [OutputFile]
    /// Element ids the templates write literally (`id="facts-title"`); body headings avoid them.
    public var reservedIDs: Set<String> = []

    /// Renders the template `name` with `context`; nil when there is no such template.
    func render(_ name: String, _ context: [String: Any]) -> String? {
        library.render(context, withTemplate: name)
    }

    func hasTemplate(_ name: String) -> Bool { library.getTemplate(named: name) != nil }
}
