@testable import CasebookRender
import Testing

/// Bodies rendered for a website page, fitted into the printable book by one pass over their tags.
@Suite struct PrintHTMLRewriterTests {
    @Test(arguments: [
        // A heading moves down, its id is scoped, and so is a link to it.
        ("<h2 id=\"plan\">Plan</h2><p><a href=\"#plan\">up</a></p>", 2,
         "<h4 id=\"c_plan\">Plan</h4><p><a href=\"#c_plan\">up</a></p>"),
        // Links and images written for ru/cases/x/index.html, re-based onto ru/print/index.html.
        ("<p><a href=\"../y/index.html#step\">y</a> <img src=\"../../../media/a%20b.jpg\" alt=\"\" /></p>", 0,
         "<p><a href=\"../cases/y/index.html#step\">y</a> <img src=\"../../media/a%20b.jpg\" alt=\"\" /></p>"),
        // Addresses with a scheme stay as they are; a clamp keeps headings at h6.
        ("<h5>Deep</h5><a href=\"https://example.org/a\">e</a>", 3, "<h6>Deep</h6><a href=\"https://example.org/a\">e</a>"),
        // References to several ids, a scrolling table box (paper does not scroll), a chart's style.
        ("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table 1\"><table></table></div>"
            + "<svg class=\"chart\" aria-labelledby=\"t d\"><title id=\"t\">T</title></svg>", 0,
         "<div class=\"table-wrap\"><table></table></div><svg class=\"chart\" aria-labelledby=\"c_t c_d\">"
            + PrintHTMLRewriter.chartStyle + "<title id=\"c_t\">T</title></svg>"),
        // Comments, text with a lone "<" and attributes without values are copied as written.
        ("<!-- <h2 id=\"x\"> --><p>1 < 2</p><section data-footnotes>", 1, "<!-- <h2 id=\"x\"> --><p>1 < 2</p><section data-footnotes>"),
    ])
    func chapter(_ html: String, _ shift: Int, _ expected: String) {
        #expect(PrintHTMLRewriter.chapter(html, scope: "c", headingShift: shift, source: "ru/cases/x/index.html",
                                          book: "ru/print/index.html") == expected)
    }

    @Test func linksPointIntoTheBookOrAreMarkedForPrint() {
        let rewriter = PrintHTMLRewriter(bookPath: "ru/print/index.html", chapters: ["../cases/y/index.html": "case-y"],
                                         baseURL: "https://example.org/a&b/")
        let document = "<h3 id=\"case-y_step\">S</h3>"
            + "<a href=\"../cases/y/index.html#step\">in</a> <a href=\"../cases/y/index.html#nowhere\">top</a> "
            + "<a href=\"../results/index.html\">web</a> <a href=\"https://example.org/\">https://example.org/</a> "
            + "<a href=\"https://example.org/\">site</a> <a class=\"own\" href=\"x.html\">kept</a>"
        #expect(rewriter.links(in: document) == "<h3 id=\"case-y_step\">S</h3>"
            + "<a class=\"xref\" href=\"#case-y_step\">in</a> <a class=\"xref\" href=\"#case-y\">top</a> "
            + "<a class=\"web\" href=\"../results/index.html\" data-url=\"https://example.org/a&amp;b/ru/results/index.html\">web</a> "
            + "<a href=\"https://example.org/\">https://example.org/</a> "
            + "<a class=\"ext\" href=\"https://example.org/\">site</a> <a class=\"own\" href=\"x.html\">kept</a>")
    }

    @Test func aBaseURLCannotOpenAnElement() {
        let rewriter = PrintHTMLRewriter(bookPath: "ru/print/index.html", chapters: [:], baseURL: "https://x/\"><script>")
        #expect(rewriter.links(in: "<a href=\"../a.html\">a</a>")
            == "<a class=\"web\" href=\"../a.html\" data-url=\"https://x/&quot;&gt;&lt;script&gt;ru/a.html\">a</a>")
    }
}
