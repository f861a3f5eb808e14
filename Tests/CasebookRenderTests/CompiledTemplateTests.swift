@testable import CasebookRender
import CasebookModel
import CasebookTestSupport
import Foundation
import Mustache
import Testing

/// Our templates render what swift-mustache, which themes were first written for, renders.
@Suite struct CompiledTemplateTests {
    static var probes: [(template: String, context: [String: Any])] { [
        ("{{a}} {{{a}}} {{&a}}", ["a": "<b class=\"x\">&'Привет'</b>"]),
        ("{{t.x}}|{{t.missing}}|{{#t}}{{x}}{{/t}}|{{missing.x}}", ["t": ["x": "икс < y"]]),
        ("{{#items}}{{name}}-{{outer}};{{/items}}{{^items}}none{{/items}}", ["outer": "O", "items": [["name": "a"], ["name": "b", "outer": "I"]]]),
        ("{{#empty}}x{{/empty}}{{^empty}}empty{{/empty}}{{#yes}}Y{{/yes}}{{^no}}N{{/no}}{{#no}}!{{/no}}{{^missing}}M{{/missing}}",
         ["empty": [String](), "yes": true, "no": false]),
        ("{{#rows}}{{#-first}}<table>{{/-first}}<tr>{{v}}</tr>{{#-last}}</table>{{/-last}}{{/rows}}", ["rows": [["v": "1"], ["v": "2"]]]),
        ("{{n}} {{d}} {{b}} {{#n}}[{{.}}]{{/n}}{{#d}}<{{.}}>{{/d}}{{^d}}no{{/d}}", ["n": 42, "d": 2.5, "b": true]),
        ("{{#list}}<{{.}}>{{/list}}{{#nested}}({{#.}}{{.}},{{/.}}){{/nested}}", ["list": ["a", "<", "c"], "nested": [["1", "2"], ["3"]] as [Any]]),
        ("{{#x}}{{.x}}|{{.y}}|{{y}}{{/x}}", ["x": ["x": "inner"], "y": "outer"]),
        ("line one\r\n{{#s}}\r\n  in section {{v}}\r\n{{/s}}\r\nend\r\n", ["s": true, "v": "V"]),
        ("  {{#s}}\n  x\n  {{/s}}\n{{! comment }}\n{{> probe-partial}}\n<p>{{> probe-partial}}</p>\n", ["s": [1, 2] as [Any], "p": "P&"]),
        ("{{#d}}{{k}}{{/d}}{{^d}}no{{/d}}", ["d": ["k": "v"] as [String: String]]),
        // The position of an element in its sequence; a nested sequence, an object section and
        // a partial each have their own (or none), a Boolean section keeps the enclosing one.
        ("{{#rows}}{{#first()}}<table>{{/first()}}{{index()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{v}}"
         + "{{^last()}}, {{/last()}}{{#last()}}</table>{{/last()}}{{/rows}}|{{first()}}|{{#first()}}outside{{/first()}}",
         ["rows": [["v": "1"], ["v": "2"], ["v": "3"]]]),
        ("{{#outer}}[{{#inner}}{{index()}}{{#last()}}L{{/last()}}{{/inner}}:{{index()}}{{#yes}}{{index()}}{{/yes}}"
         + "{{#obj}}({{index()}}){{/obj}}{{> probe-partial}}]{{/outer}}",
         ["outer": [["inner": ["a", "b"], "obj": ["k": "v"], "yes": true, "p": "x"], ["inner": [String](), "yes": false]]]),
        ("{{#single}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{/single}}{{#none}}{{^first()}}n{{/first()}}{{/none}}{{^none}}{{^first()}}i{{/first()}}{{/none}}",
         ["single": ["only"], "none": [String]()]),
        // Lists of string dictionaries and of strings (alternates, table of contents, highlights).
        ("{{#rows}}{{k}}{{outer}}{{#first()}}F{{/first()}}{{^last()}},{{/last()}}{{/rows}}{{^rows}}none{{/rows}}"
         + "{{#empty}}x{{/empty}}{{^empty}}E{{/empty}}|{{#list}}{{.}}{{index()}}{{/list}}{{^list}}-{{/list}}{{^nothing}}N{{/nothing}}",
         ["rows": [["k": "a"], ["k": "<b>", "outer": "I"]] as [[String: String]], "outer": "O",
          "empty": [[String: String]](), "list": ["x", "&"], "nothing": [String]()]),
        // Long texts: escaping looks at eight bytes at a time.
        ("{{a}}|{{b}}", ["a": "abcdefgh<ijklmnop&qrstuvw\"xyz'0123456>end, and more text: Текст «в кавычках» & so on",
                         "b": String(repeating: "x", count: 15) + "&" + String(repeating: "Ж", count: 9) + "<"]),
        // Standalone lines: indented, at the start and the end, several tags on one line.
        ("{{#s}}\n\t{{#s}}  \n  a\n  {{/s}}\n{{/s}}{{#s}}{{/s}}\n {{^s}} {{/s}}\nb\n  {{! c }}  \n{{#s}}\n{{/s}}", ["s": true]),
        ("{{=<% %>=}}<%a%> {{a}} <%#s%>\n<%={{ }}=%>\n{{a}}{{/s}}", ["a": "A", "s": true]),
    ] }

    static let partial = "partial {{p}}\n"

    @Test func everyProbeRendersAsSwiftMustacheRendersIt() throws {
        var sources = [("probe-partial", "probe-partial.mustache", Self.partial)]
        var library = MustacheLibrary()
        try library.register(Self.partial, named: "probe-partial")
        for (index, probe) in Self.probes.enumerated() {
            sources.append(("probe-\(index)", "probe-\(index).mustache", probe.template))
            try library.register(probe.template, named: "probe-\(index)")
        }
        let (templates, errors) = CompiledTemplates.compile(sources)
        #expect(errors.isEmpty)
        for (index, probe) in Self.probes.enumerated() {
            var renderer = TemplateRenderer(templates: templates)
            let ours = String(decoding: try renderer.bytes(try #require(templates["probe-\(index)"]), probe.context), as: UTF8.self)
            #expect(ours == library.render(probe.context, withTemplate: "probe-\(index)"), "probe \(index): \(probe.template.debugDescription)")
        }
        // The position transforms are not merely equal to swift-mustache's: they work.
        var renderer = TemplateRenderer(templates: templates)
        #expect(try renderer.bytes(templates["probe-11"]!, Self.probes[11].context) == Array("<table>0e1, 1o2, 2e3</table>||".utf8))
        #expect(try renderer.bytes(templates["probe-13"]!, Self.probes[13].context) == Array("FLi".utf8))
    }

    /// A partial that includes itself on indented lines (a tree): each level is indented by
    /// the lines that included it, and values rendered into it are not.
    @Test func partialsOnIndentedLinesNestTheirIndentation() throws {
        let sources = [
            ("tree", "<ul>\n{{#items}}\n  {{> node}}\n{{/items}}\n</ul>\n"),
            ("node", "<li>{{name}}\n{{#children}}\n\t{{> node}}\n{{/children}}\n</li>\n"),
        ]
        let (templates, _) = CompiledTemplates.compile(sources.map { ($0.0, "\($0.0).mustache", $0.1) })
        var library = MustacheLibrary()
        for (name, text) in sources { try library.register(text, named: name) }
        let leaf: [String: Any] = ["name": "two\nlines", "children": [Any]()]
        let context: [String: Any] = ["items": [["name": "a", "children": [["name": "b", "children": [leaf]] as [String: Any]]] as [String: Any]]]
        var renderer = TemplateRenderer(templates: templates)
        let html = String(decoding: try renderer.bytes(templates["tree"]!, context), as: UTF8.self)
        #expect(html == "<ul>\n  <li>a\n  \t<li>b\n  \t\t<li>two\nlines\n  \t\t</li>\n  \t</li>\n  </li>\n</ul>\n")
        #expect(html == library.render(context, withTemplate: "tree"))
    }

    /// The spec indents the lines of a standalone partial's text; a partial inside one of those
    /// lines is a value rendered into it, not indented (swift-mustache indents it too).
    @Test func aPartialInsideALineOfAnIndentedPartialIsNotIndented() throws {
        let (templates, _) = CompiledTemplates.compile([
            ("wrap", "wrap.mustache", "  {{> inner}}\n"), ("inner", "inner.mustache", "x{{> inline}}\ny\n"), ("inline", "inline.mustache", "(\n)"),
        ])
        var renderer = TemplateRenderer(templates: templates)
        #expect(try renderer.bytes(templates["wrap"]!, [:]) == Array("  x(\n)\n  y\n".utf8))
    }

    /// swift-mustache escapes Character by Character, so a quote or `<` followed by a combining
    /// mark stayed as it was; an HTML parser reads bytes and would end an attribute there.
    @Test func escapingLooksAtBytesNotCharacters() throws {
        let (templates, _) = CompiledTemplates.compile([("t", "t.mustache", "<a title=\"{{a}}\">")])
        var renderer = TemplateRenderer(templates: templates)
        let html = try renderer.bytes(templates["t"]!, ["a": "\"\u{301} onclick=x <\u{338} \u{600}&"])
        #expect(String(decoding: html, as: UTF8.self) == "<a title=\"&quot;\u{301} onclick=x &lt;\u{338} \u{600}&amp;\">")
    }

    /// Contexts are made by our code; a value no template can show is a mistake found at once.
    @Test func aValueTemplatesCannotShowStopsTheRender() throws {
        let (templates, _) = CompiledTemplates.compile([("t", "t.mustache", "{{#rows}}{{a.b}}{{/rows}}"), ("u", "u.mustache", "{{#n}}x{{/n}}")])
        var renderer = TemplateRenderer(templates: templates)
        let row: [String: Any] = ["a": ["b": Date(timeIntervalSince1970: 0)] as [String: Any]]
        do {
            _ = try renderer.bytes(templates["t"]!, ["rows": [row]])
            Issue.record("a Date is not a context value")
        } catch {
            #expect(error.description == "'a.b' is a Date; templates show strings, numbers, Booleans, rendered HTML, and dictionaries and arrays of them")
        }
        do {
            _ = try renderer.bytes(templates["u"]!, ["n": [String?.none] as [Any]])
            Issue.record("an optional is not a context value")
        } catch {
            #expect(error.description == "'n' is a Optional<String>; templates show strings, numbers, Booleans, rendered HTML, and dictionaries and arrays of them")
        }
        // Dictionaries and arrays of any element type are read (a literal's inferred type).
        #expect(try renderer.bytes(templates["t"]!, ["rows": [["a": ["b": 1.5]]]]) == Array("1.5".utf8))
        #expect(try renderer.bytes(templates["u"]!, ["n": [1, 2]]) == Array("xx".utf8))
    }

    /// A prerendered card is written where its partial is included, and its keys still read.
    @Test func aPrerenderedPartialIsWrittenAsItWasRendered() throws {
        let (templates, _) = CompiledTemplates.compile([
            ("list", "list.mustache", "{{#cases}}[{{title}}:{{> card}}]{{/cases}}{{> card}}"), ("card", "card.mustache", "<{{title}}>"),
        ])
        let prerendered = PrerenderedPartial(object: ["title": "A"], partial: "card", html: RenderedHTML(bytes: Array("made once".utf8)))
        let other = PrerenderedPartial(object: ["title": "C"], partial: "other", html: RenderedHTML(bytes: Array("unused".utf8)))
        var renderer = TemplateRenderer(templates: templates)
        let html = try renderer.bytes(templates["list"]!, ["title": "page", "cases": [prerendered, ["title": "B"], other] as [Any]])
        #expect(String(decoding: html, as: UTF8.self) == "[A:made once][B:<B>][C:<C>]<page>")
    }

    /// A case card is rendered once per language for all the lists that show it, but only
    /// when its partial looks up nothing but the card: a theme whose card shows a value of the
    /// page around it still gets that value on every page.
    @Test func aCardPartialThatReadsItsPageIsRenderedOnEveryPage() throws {
        let book = try SyntheticCasebook.make(cases: 12)
        let card = try #require(book.read("themes/default/templates/case-card.mustache"))
        try book.write("themes/default/templates/case-card.mustache", card.replacingOccurrences(of: "</li>", with: "<i>{{title}}|{{lang}}|{{html_title}}</i></li>"))
        let site = try #require(book.load().0)
        let theme = try #require(ThemeLoader(root: book.root, config: site.config).load().0)
        #expect(theme.prerendered("case-card", ["title": "x"]) is [String: Any])
        let output = WebsiteRenderer.render(site: site, theme: theme)
        let sector = try #require(output.files.first { $0.path.hasPrefix("ru/sectors/") && $0.path.hasSuffix("/index.html") && $0.path.count > 25 })
        #expect(String(decoding: sector.data, as: UTF8.self).contains("|ru|"))
        // The default card reads only its own fields: it is rendered once.
        let plain = try #require(ThemeLoader(root: TemporaryCasebook.repository, config: site.config).load().0)
        let object: [String: Any] = ["title": "T", "url": "u", "summary": "s", "other_language": false, "shown_lang": "ru", "lang_note": "",
                                     "municipality": "m", "region": "r", "sectors": "", "data_sectors": "", "data_groups": "", "data_region": ""]
        let prerendered = try #require(plain.prerendered("case-card", object) as? PrerenderedPartial)
        #expect(prerendered.partial == "case-card")
        #expect(prerendered.html.renderText.contains("<a href=\"u\">T</a>"))
    }
}
