@testable import CasebookServe
import Foundation
import Testing

/// Where the preview puts its reload script in a page, and what it tells the script.
@Suite struct LiveReloadTests {
    func injected(_ html: String) -> String {
        String(decoding: LiveReload.inject(Data(html.utf8), server: "S1", version: 7), as: UTF8.self)
    }

    @Test func theScriptGoesBeforeTheLastClosingBodyTag() {
        let page = injected("<p>Пример </body> в тексте</p></body>\n</html>\n")
        #expect(page.hasPrefix("<p>Пример </body> в тексте</p><script>\n"))
        #expect(page.hasSuffix("</script></body>\n</html>\n"))
        #expect(page.contains("var server = 'S1', version = 7, box = null"))
    }

    @Test func aPageWithoutBodyTagGetsTheScriptAtItsEnd() {
        let page = injected("<p>fragment</p>")
        #expect(page.hasPrefix("<p>fragment</p><script>\n"))
        #expect(page.hasSuffix("</script>"))
    }
}
