@testable import CasebookRender
import CasebookTestSupport
import Foundation
import Mustache
import Testing

/// Whole sites rendered with the default theme: every template render, with the context the
/// page gave it, must equal swift-mustache's render of the same template and context.
@Suite struct SwiftMustacheOracleTests {
    @Test func theDefaultThemeRendersEveryPageAsSwiftMustacheDoes() throws {
        for book in [try SyntheticCasebook.make(cases: 40), try TemporaryCasebook(fixture: "bilingual")] {
            let site = try #require(book.load().0)
            var theme = try #require(ThemeLoader(root: book.root, config: site.config).load().0)
            let log = TemplateRenderLog()
            theme.renderLog = log
            _ = WebsiteRenderer.render(site: site, theme: theme)
            var library = MustacheLibrary()
            let folder = book.root.appendingPathComponent("themes/default/templates")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
                try library.register(String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                                     named: String(name.dropLast(".mustache".count)))
            }
            let entries = log.entries
            #expect(entries.count > 50)
            #expect(Set(entries.map(\.template)).isSuperset(of: ["layout", "home", "case", "cases", "browse", "municipality", "results"]))
            #expect(entries.contains { entry in (entry.context["cases"] as? [Any])?.contains { $0 is PrerenderedPartial } == true })
            for entry in entries {
                let expected = library.render(entry.context, withTemplate: entry.template)
                #expect(String(decoding: entry.output, as: UTF8.self) == expected, "\(entry.template) differs from swift-mustache's rendering")
            }
        }
    }
}

/// What swift-mustache needs to render the values our contexts hold.
extension RenderedHTML: MustacheCustomRenderable {
    public var isNull: Bool { false }
}

extension PrerenderedPartial: MustacheParent {
    public func child(named name: String) -> Any? { object[name] }
}
