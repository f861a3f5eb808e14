import CasebookImages
import Foundation
import Testing

/// Hostile SVG files, each refused at the place of its first problem, and harmless ones that pass.
@Suite struct SVGInspectorTests {
    static let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n"

    func refusal(_ body: String) -> SVGRefusal? {
        SVGInspector.refusal(of: Data((Self.open + body + "</svg>\n").utf8))
    }

    @Test(arguments: [
        ("<script>alert(1)</script>\n", SVGRefusal(.element("script"), line: 2, column: 8)),
        ("<g>\n  <SCRIPT type=\"text/javascript\">alert(1)</SCRIPT>\n</g>\n", SVGRefusal(.element("SCRIPT"), line: 3, column: 33)),
        ("<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\"/>\n", SVGRefusal(.element("svg:script"), line: 2, column: 51)),
        ("<foreignObject width=\"10\" height=\"10\"><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>\n",
         SVGRefusal(.element("foreignObject"), line: 2, column: 38)),
        ("<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/>\n", SVGRefusal(.eventAttribute("onload"), line: 2, column: 47)),
        ("<a xlink:href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a>\n",
         SVGRefusal(.externalReference("javascript:alert(1)", attribute: "xlink:href"), line: 2, column: 36)),
        ("<image href=\"https://tracker.example/p.png\" width=\"1\" height=\"1\"/>\n",
         SVGRefusal(.externalReference("https://tracker.example/p.png", attribute: "href"), line: 2, column: 65)),
        ("<use href=\"other.svg#shape\"/>\n", SVGRefusal(.externalReference("other.svg#shape", attribute: "href"), line: 2, column: 28)),
        ("<rect width=\"1\" height=\"1\" fill=\"url(http://x.example/a.svg#g)\"/>\n",
         SVGRefusal(.externalReference("http://x.example/a.svg#g", attribute: "fill"), line: 2, column: 64)),
        ("<rect width=\"1\" height=\"1\" style=\"fill: URL( 'https://x.example/p' )\"/>\n",
         SVGRefusal(.externalReference("https://x.example/p", attribute: "style"), line: 2, column: 70)),
        ("<style>\n@import url(https://x.example/s.css);\n</style>\n", SVGRefusal(.styleImport, line: 4, column: 1)),
        ("<style><![CDATA[ rect { background: url(//x.example/p) } ]]></style>\n",
         SVGRefusal(.externalReference("//x.example/p", attribute: "style"), line: 2, column: 17)),
        ("<style>rect { fill: u\\72l(http://x.example/a) ; x: url(#a) }</style>\n", SVGRefusal(.styleEscape, line: 2, column: 61)),
        ("<set attributeName=\"xlink:href\" to=\"javascript:alert(1)\"/>\n",
         SVGRefusal(.externalReference("xlink:href", attribute: "attributeName"), line: 2, column: 57)),
    ])
    func hostileFilesAreRefusedWhereTheProblemIs(body: String, expected: SVGRefusal) {
        #expect(refusal(body) == expected)
    }

    @Test func entitiesAreCheckedAsTheyExpand() {
        // Declared in the document: expanded by the parser (as by a browser) and checked where used.
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n  <!ENTITY x \"<script>alert(1)</script>\">\n]>\n" + Self.open + "&x;</svg>\n"
        #expect(SVGInspector.refusal(of: Data(svg.utf8)) == SVGRefusal(.element("script"), line: 6, column: 4))
    }

    @Test func malformedFilesAreRefusedInTheParsersWords() {
        let refusal = SVGInspector.refusal(of: Data((Self.open + "<rect></svg>\n").utf8))
        #expect(refusal?.line == 2)
        guard case .malformed(let words)? = refusal?.reason else {
            Issue.record("not refused as malformed: \(String(describing: refusal))")
            return
        }
        #expect(!words.isEmpty)
    }

    @Test func harmlessFilesPass() {
        let inkscape = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <!-- made by hand -->
        \(Self.open)<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
        <style>rect { fill: url(#g); opacity: 0.5 }</style>
        <rect id="r" width="10" height="10" fill="url(#g)" style="stroke: url('#g')"/>
        <use xlink:href="#r" x="1"/>
        <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
        <text x="1" y="5">Ramp &amp; rail</text>
        </svg>
        """
        #expect(SVGInspector.refusal(of: Data(inkscape.utf8)) == nil)
    }
}
