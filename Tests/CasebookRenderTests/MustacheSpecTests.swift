@testable import CasebookRender
import Testing

/// The Mustache specification's cases for what themes use (interpolation, sections,
/// inverted sections, partials, comments, delimiter changes), rendered by our parser and
/// renderer.
@Suite struct MustacheSpecTests {
    static let cases = MustacheSpecCase.interpolation + MustacheSpecCase.sections + MustacheSpecCase.inverted
        + MustacheSpecCase.partials + MustacheSpecCase.comments + MustacheSpecCase.delimiters

    @Test(arguments: cases)
    func rendersAsTheSpecificationSays(_ spec: MustacheSpecCase) throws {
        let sources = [("template", "template.mustache", spec.template)]
            + spec.partials.sorted { $0.key < $1.key }.map { ($0.key, "\($0.key).mustache", $0.value) }
        let (templates, errors) = CompiledTemplates.compile(sources)
        #expect(errors.isEmpty, "\(errors)")
        var renderer = TemplateRenderer(templates: templates)
        let text = String(decoding: try renderer.bytes(try #require(templates["template"]), spec.data), as: UTF8.self)
        #expect(text == spec.expected)
    }

    @Test func everyCaseOfTheFiveFilesIsHere() {
        #expect(Self.cases.count == 42 + 34 + 22 + 12 + 12 + 14)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }
}
