import CasebookTestSupport
import Testing

/// A template that uses what casebook's templates do not do, or is malformed, stops the build
/// when the theme loads, with the file, line and column of the tag.
@Suite struct TemplateErrorTests {
    static let cases: [(template: String, message: String)] = [
        ("<p>\n  {{#cases}}\n  {{title}}\n", "2:3: error: section 'cases' is not closed"),
        ("{{#a}}\n{{#b}}{{/a}}\n{{/b}}", "2:7: error: closing tag 'a' does not match the open section 'b' (opened at 2:1)"),
        ("text {{/a}}", "1:6: error: closing tag 'a' has no open section"),
        ("Кейс: {{title\n", "1:7: error: unclosed tag: no '}}' after this '{{'"),
        ("{{{html}}", "1:1: error: unclosed tag: no '}}}' after this '{{'"),
        ("{{! a comment without end", "1:1: error: unclosed tag: no '}}' after this '{{'"),
        ("{{<layout}}{{$title}}x{{/title}}{{/layout}}", "1:1: error: template inheritance ('{{<' and '{{$') is not supported"),
        ("a\n {{$block}}x{{/block}}", "2:2: error: template inheritance ('{{<' and '{{$') is not supported"),
        ("{{%CONTENT_TYPE: TEXT}}", "1:1: error: pragmas ('{{%') are not supported"),
        ("{{>*dynamic}}", "1:1: error: dynamic partial names ('{{>*') are not supported"),
        ("{{#reversed(rows)}}{{v}}{{/reversed(rows)}}",
         "1:1: error: 'reversed(rows)' uses a transform; only even(), first(), index(), last(), odd() are supported"),
        ("{{uppercase(title)}}", "1:1: error: 'uppercase(title)' uses a transform; only even(), first(), index(), last(), odd() are supported"),
        ("x {{ }}", "1:3: error: empty tag: a name is missing"),
        ("{{first name}}", "1:1: error: 'first name' is not a name: names have no spaces"),
        ("{{=<% %>=}}<%a%> <%b", "1:18: error: unclosed tag: no '%>' after this '<%'"),
        ("{{= | =}}", "1:1: error: invalid delimiter change: '{{=' takes two delimiters, without spaces or '=' in them"),
    ]

    @Test(arguments: cases)
    func aBadTemplateIsALocatedError(_ template: String, _ message: String) throws {
        let book = try TemporaryCasebook()
        try book.write("themes/default/templates/probe.mustache", template)
        #expect(book.check() == ["themes/default/templates/probe.mustache:\(message)"])
        #expect(!book.build().wrote)
    }

    /// Every template is checked, not only the first that fails.
    @Test func everyBadTemplateIsReported() throws {
        let book = try TemporaryCasebook()
        try book.write("themes/default/templates/one.mustache", "{{#a}}")
        try book.write("themes/default/templates/two.mustache", "ok\n{{/b}}")
        #expect(book.check() == [
            "themes/default/templates/one.mustache:1:1: error: section 'a' is not closed",
            "themes/default/templates/two.mustache:2:1: error: closing tag 'b' has no open section",
        ])
    }
}
