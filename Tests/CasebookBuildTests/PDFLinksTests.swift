@testable import CasebookBuild
import Foundation
import Testing

/// The links of the copy of a page the PDF is made from.
@Suite struct PDFLinksTests {
    @Test(arguments: [
        (##"<a href="#case-pump">"##, ##"<a href="#case-pump">"##),
        (##"<a class="ext" href="https://example.org/x">"##, ##"<a class="ext" href="https://example.org/x">"##),
        (##"<a href="mailto:a@example.org">"##, ##"<a href="mailto:a@example.org">"##),
        (##"<a class="web" href="../../en/print/index.html" hreflang="en" data-url="https://example.org/en/print/index.html">"##,
         ##"<a class="web" href="https://example.org/en/print/index.html" hreflang="en" data-url="https://example.org/en/print/index.html">"##),
        (##"<a class="web" href="../../en/print/index.html" hreflang="en">"##, ##"<a class="web" hreflang="en">"##),
        (##"<a href="../../cases/pump/index.html">"##, "<a>"),
        (##"<a name="x">"##, ##"<a name="x">"##),
    ])
    func aLinkIsKeptMadeAbsoluteOrDropped(_ tag: String, _ expected: String) {
        #expect(PDFLinks.tag(tag) == expected)
    }

    @Test func aPageKeepsEverythingButItsLinks() {
        let page = ##"<p>Вода — <a href="../a.html">там</a> и <a href="#b">здесь</a>.</p><abbr>x</abbr>"##
        #expect(String(decoding: PDFLinks.rewrite(Data(page.utf8)), as: UTF8.self)
            == ##"<p>Вода — <a>там</a> и <a href="#b">здесь</a>.</p><abbr>x</abbr>"##)
    }
}
