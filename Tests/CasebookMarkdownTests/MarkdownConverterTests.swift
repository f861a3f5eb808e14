import Testing
@testable import CasebookMarkdown

@Suite struct MarkdownConverterTests {
    @Test(arguments: [
        ("*a*", "<p><em>a</em></p>\n"),
        ("~~gone~~", "<p><del>gone</del></p>\n"),
        ("see https://example.org now", "<p>see <a href=\"https://example.org\">https://example.org</a> now</p>\n"),
        ("| a | b |\n|---|--:|\n| 1 | 2 |", "<table>\n<thead>\n<tr>\n<th>a</th>\n<th style=\"text-align: right\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td style=\"text-align: right\">2</td>\n</tr>\n</tbody>\n</table>\n"),
        ("<b>bold</b> text", "<p><!-- raw HTML omitted -->bold<!-- raw HTML omitted --> text</p>\n"),
        ("## Как повторить", "<h2 id=\"как-повторить\">Как повторить</h2>\n"),
        ("[x](javascript:alert(1))", "<p><a href=\"\">x</a></p>\n"),
    ])
    func rendersOneLine(markdown: String, html: String) {
        #expect(MarkdownConverter.render(markdown).html == html)
    }

    @Test func tasklistBoxesHaveLabels() {
        let html = MarkdownConverter.render("- [x] done\n- [ ] open").html
        #expect(html.contains("<input type=\"checkbox\" aria-label=\"✓\" checked=\"\" disabled=\"\" />"))
        #expect(html.contains("<input type=\"checkbox\" aria-label=\"☐\" disabled=\"\" />"))
    }

    @Test func footnotesRenderAndTakeAPrefix() {
        let html = MarkdownConverter.render("Text[^1].\n\n[^1]: Note.", footnotePrefix: "c1-").html
        #expect(html.contains("href=\"#c1-fn-1\""))
        #expect(html.contains("id=\"c1-fn-1\""))
        #expect(html.contains("<section class=\"footnotes\""))
    }

    @Test func headingIDsAreUniqueAndAvoidReservedOnes() {
        let result = MarkdownConverter.render("## Итоги\n\n## Итоги\n\n### Main", reservedIDs: ["main"])
        #expect(result.headings.map(\.id) == ["итоги", "итоги-1", "main-1"])
        #expect(result.html.contains("<h3 id=\"main-1\">Main</h3>"))
    }

    @Test func topLevelHeadingsAreDemotedSoThePageKeepsOneH1() {
        let result = MarkdownConverter.render("# Title\n\n## Part")
        #expect(result.headings.map(\.level) == [2, 3])
        #expect(result.html == "<h2 id=\"title\">Title</h2>\n<h3 id=\"part\">Part</h3>\n")
    }

    @Test func referencesCarryFileLinesAndCharacterColumns() {
        let source = "Текст [кейс](../cases/a.md) и ![Фото](media/x.png)\n"
        let result = MarkdownConverter.render(source, lineOffset: 5)
        #expect(result.references == [
            MarkdownReference(kind: .link, destination: "../cases/a.md", text: "кейс", line: 6, column: 7),
            MarkdownReference(kind: .image, destination: "media/x.png", text: "Фото", line: 6, column: 31),
        ])
    }

    @Test func rewriteReplacesDestinations() {
        let html = MarkdownConverter.render("[a](b.md)") { ref in ref.destination == "b.md" ? "../b/index.html" : nil }.html
        #expect(html == "<p><a href=\"../b/index.html\">a</a></p>\n")
    }

    @Test func directivesBecomePlaceholders() {
        let source = "Intro\n\n```casebook\nchart: bands\n```\n\nEnd\n"
        let result = MarkdownConverter.render(source, lineOffset: 3)
        #expect(result.directives == [MarkdownDirective(name: "casebook", content: "chart: bands\n", line: 6, column: 1)])
        #expect(result.html(replacingDirectives: { "<figure>\($0)</figure>" }) == "<p>Intro</p>\n<figure>0</figure>\n<p>End</p>\n")
    }

    @Test func droppedHTMLIsReportedWithItsPlace() {
        let result = MarkdownConverter.render("para\n\n<div>x</div>\n", lineOffset: 2)
        #expect(result.droppedHTML == [MarkdownDroppedHTML(line: 5, column: 1, snippet: "<div>x</div>")])
    }

    @Test func crlfIsReadLikeLF() {
        #expect(MarkdownConverter.render("a\r\nb\r\n\r\nc").html == "<p>a\nb</p>\n<p>c</p>\n")
    }

    @Test func concurrentRendersMatchSequentialOnes() async {
        let sources = (0..<200).map { "## H \($0)\n\n~~x\($0)~~ https://e.org/\($0) | a |\n\n| a | b |\n|---|---|\n| \($0) | y |" }
        let sequential = sources.map { MarkdownConverter.render($0).html }
        let concurrent = await withTaskGroup(of: (Int, String).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, MarkdownConverter.render(source).html) }
            }
            var results = [String](repeating: "", count: sources.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        #expect(concurrent == sequential)
    }
}

@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("Как повторить", "как-повторить"),
        ("Problem & Measure!", "problem-measure"),
        ("Көк-Жайлоо: ңөү", "көк-жайлоо-ңөү"),
        ("  ", "section"),
        ("Step 1 — 2022", "step-1-2022"),
    ])
    func slugs(text: String, slug: String) {
        #expect(HeadingSlugger.slug(text) == slug)
    }
}
