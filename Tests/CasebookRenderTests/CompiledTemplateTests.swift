@testable import CasebookRender
import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// The compiled templates must render exactly what swift-mustache renders.
@Suite struct CompiledTemplateTests {
    struct Person { let name: String; let age: Int? }

    static var probes: [(template: String, context: [String: Any])] { [
        ("{{a}} {{{a}}} {{&a}}", ["a": "<b class=\"x\">&'Привет'</b>"]),
        ("{{t.x}}|{{t.missing}}|{{#t}}{{x}}{{/t}}|{{missing.x}}", ["t": ["x": "икс < y"]]),
        ("{{#items}}{{name}}-{{outer}};{{/items}}{{^items}}none{{/items}}", ["outer": "O", "items": [["name": "a"], ["name": "b", "outer": "I"]]]),
        ("{{#empty}}x{{/empty}}{{^empty}}empty{{/empty}}{{#yes}}Y{{/yes}}{{^no}}N{{/no}}{{#no}}!{{/no}}{{^missing}}M{{/missing}}",
         ["empty": [String](), "yes": true, "no": false]),
        ("{{#rows}}{{#-first}}<table>{{/-first}}<tr>{{v}}</tr>{{#-last}}</table>{{/-last}}{{/rows}}", ["rows": [["v": "1"], ["v": "2"]]]),
        ("{{opt}}|{{#opt}}section{{/opt}}|{{^opt}}inverted{{/opt}}|{{some}}", ["opt": String?.none as Any, "some": String?.some("s") as Any]),
        ("{{n}} {{d}} {{b}} {{#n}}[{{.}}]{{/n}}", ["n": 42, "d": 2.5, "b": true]),
        ("{{#list}}<{{.}}>{{/list}}{{#nested}}({{#.}}{{.}},{{/.}}){{/nested}}", ["list": ["a", "<", "c"], "nested": [["1", "2"], ["3"]]]),
        ("{{#person}}{{name}} {{age}}{{/person}}|{{person.name}}", ["person": Person(name: "Айгуль", age: nil)]),
        ("{{.}}|{{#x}}{{.x}}|{{.y}}|{{y}}{{/x}}", ["x": ["x": "inner"], "y": "outer"]),
        ("{{a}}", ["a": "<\u{338} and \u{600}< and é&"]),
        ("line one\r\n{{#s}}\r\n  in section {{v}}\r\n{{/s}}\r\nend\r\n", ["s": true, "v": "V"]),
        ("  {{#s}}\n  x\n  {{/s}}\n{{! comment }}\n{{> probe-partial}}\n<p>{{> probe-partial}}</p>\n", ["s": [1, 2], "p": "P&"]),
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
    ] }

    func theme(probes: [String]) throws -> (TemporaryCasebook, Theme) {
        let book = try TemporaryCasebook()
        for (index, probe) in probes.enumerated() { try book.write("themes/default/templates/probe-\(index).mustache", probe) }
        try book.write("themes/default/templates/probe-partial.mustache", "partial {{p}}\n")
        try book.write("themes/default/templates/probe-transform.mustache", "{{#reversed(rows)}}{{v}}{{/reversed(rows)}}")
        let config = try #require(book.load().0).config
        let (theme, diagnostics) = ThemeLoader(root: book.root, config: config).load()
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted.map(\.description))")
        return (book, try #require(theme))
    }

    @Test func everyProbeRendersAsSwiftMustacheRendersIt() throws {
        let (_, compiled) = try theme(probes: Self.probes.map(\.template))
        var reference = compiled
        reference.usesCompiledTemplates = false
        for (index, probe) in Self.probes.enumerated() {
            let fast = compiled.render("probe-\(index)", probe.context)
            let slow = reference.render("probe-\(index)", probe.context)
            #expect(fast == slow, "probe \(index): \(probe.template.debugDescription)")
        }
        #expect(compiled.uncompiledTemplates == ["probe-transform"])
        // The position transforms are not merely equal to swift-mustache's: they work.
        #expect(compiled.render("probe-14", Self.probes[14].context) == "<table>0e1, 1o2, 2e3</table>||")
        #expect(compiled.render("probe-16", Self.probes[16].context) == "FLi")
        let rows: [String: Any] = ["rows": [["v": "1"], ["v": "2"]]]
        #expect(compiled.render("probe-transform", rows) == "21")
    }

    /// A case card is rendered once per language for all the lists that show it, but only
    /// when its partial looks up nothing but the card: a theme whose card shows a value of the
    /// page around it still gets that value on every page.
    @Test func aCardPartialThatReadsItsPageIsRenderedOnEveryPage() throws {
        let book = try SyntheticCasebook.make(cases: 12)
        let card = try #require(book.read("themes/default/templates/case-card.mustache"))
        try book.write("themes/default/templates/case-card.mustache", card.replacingOccurrences(of: "</li>", with: "<i>{{title}}|{{lang}}|{{html_title}}</i></li>"))
        let site = try #require(book.load().0)
        let compiled = try #require(ThemeLoader(root: book.root, config: site.config).load().0)
        var reference = compiled
        reference.usesCompiledTemplates = false
        #expect(compiled.prerendered("case-card", ["title": "x"])["\u{1}rendered:case-card"] == nil)
        let fast = WebsiteRenderer.render(site: site, theme: compiled)
        let slow = WebsiteRenderer.render(site: site, theme: reference)
        #expect(fast.files.map(\.path) == slow.files.map(\.path))
        for (one, other) in zip(fast.files, slow.files) {
            #expect(one.data == other.data, "\(one.path) differs from swift-mustache's rendering")
        }
        let sector = try #require(fast.files.first { $0.path.hasPrefix("ru/sectors/") && $0.path.hasSuffix("/index.html") && $0.path.count > 25 })
        #expect(String(decoding: sector.data, as: UTF8.self).contains("|ru|"))
        // The default card reads only its own fields: it is rendered once.
        let plain = try #require(ThemeLoader(root: TemporaryCasebook.repository, config: site.config).load().0)
        let object: [String: Any] = ["title": "T", "url": "u", "summary": "s", "other_language": false, "shown_lang": "ru", "lang_note": "",
                                     "municipality": "m", "region": "r", "sectors": "", "data_sectors": "", "data_groups": "", "data_region": ""]
        #expect(plain.prerendered("case-card", object)["\u{1}rendered:case-card"] is RenderedHTML)
    }

    @Test func theDefaultThemeIsCompiledAndRendersEveryPageAsSwiftMustache() throws {
        for book in [try SyntheticCasebook.make(cases: 40), try TemporaryCasebook(fixture: "bilingual")] {
            let site = try #require(book.load().0)
            let compiled = try #require(ThemeLoader(root: book.root, config: site.config).load().0)
            var reference = compiled
            reference.usesCompiledTemplates = false
            #expect(compiled.uncompiledTemplates.isEmpty)
            let fast = WebsiteRenderer.render(site: site, theme: compiled)
            let slow = WebsiteRenderer.render(site: site, theme: reference)
            #expect(fast.files.map(\.path) == slow.files.map(\.path))
            for (one, other) in zip(fast.files, slow.files) {
                #expect(one.data == other.data, "\(one.path) differs from swift-mustache's rendering")
            }
        }
    }
}
