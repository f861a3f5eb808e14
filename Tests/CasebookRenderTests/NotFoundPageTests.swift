@testable import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// `404.html` keeps its styling and links at whatever address a server shows it: its inline
/// script, run by node against a stand-in page, names the site's root in a `<base>`.
@Suite struct NotFoundPageTests {
    /// Runs the page's script at `url` and returns the `<base>` it ends with ("none" if it
    /// added none). `existing` are the files a HEAD request finds.
    func base(script: String, url: String, existing: [String] = []) throws -> String {
        let address = try #require(URL(string: url))
        let harness = """
            let base = null, heads = [];
            globalThis.location = {protocol: \(SearchIndexJSON.quote(address.scheme! + ":")), pathname: \(SearchIndexJSON.quote(address.path.isEmpty ? "/" : address.path + (url.hasSuffix("/") && address.path != "/" ? "/" : "")))};
            globalThis.document = {createElement: () => ({href: ''}), head: {appendChild: b => { base = b; }},
                                   querySelectorAll: () => []};
            globalThis.fetch = u => { heads.push(u); return Promise.resolve({ok: \(existingJSON(existing)).includes(u)}); };
            \(script)
            setTimeout(() => console.log(base ? base.href : 'none'), 50);
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", "-e", harness]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func existingJSON(_ paths: [String]) -> String {
        "[" + paths.map(SearchIndexJSON.quote).joined(separator: ",") + "]"
    }

    func page(config: String) throws -> (html: String, script: String) {
        let book = try TemporaryCasebook(config: config)
        #expect(book.build().wrote)
        let html = try #require(book.read("site/404.html"))
        let start = try #require(html.range(of: "<script>")).upperBound
        let end = try #require(html.range(of: "</script>")).lowerBound
        return (html, String(html[start..<end]))
    }

    @Test func linksAreRelativeToTheSiteRootAndTheScriptComesBeforeTheStylesheet() throws {
        let (html, _) = try page(config: TemporaryCasebook.config)
        #expect(html.contains("<p lang=\"ru\">Такой страницы нет. <a href=\"ru/index.html\" hreflang=\"ru\">Главная</a></p>"))
        #expect(html.contains("<p lang=\"en\">There is no such page. <a href=\"en/index.html\" hreflang=\"en\">Home</a></p>"))
        let script = try #require(html.range(of: "<script>")).lowerBound
        let stylesheet = try #require(html.range(of: "<link rel=\"stylesheet\" href=\"assets/casebook.css\">")).lowerBound
        #expect(script < stylesheet)
    }

    @Test func withBaseURLTheRootIsItsPath() throws {
        let (_, script) = try page(config: TemporaryCasebook.config + "base_url: \"https://example.org/casebook/\"\n")
        #expect(try base(script: script, url: "http://127.0.0.1:8089/casebook/en/cases/nope/x/") == "/casebook/")
        #expect(try base(script: script, url: "http://127.0.0.1:8089/nope") == "/casebook/")
        // A copy served from a folder base_url does not name finds its own root.
        #expect(try base(script: script, url: "http://127.0.0.1:8089/elsewhere/en/cases/nope/x/") == "/elsewhere/")
        #expect(try base(script: script, url: "http://127.0.0.1:8089/elsewhere/nope/deeper/x",
                         existing: ["/elsewhere/404.html"]) == "/elsewhere/")
        #expect(try base(script: script, url: "file:///media/usb/site/404.html") == "none")
    }

    @Test func withoutBaseURLTheRootIsFoundFromTheAddress() throws {
        let (_, script) = try page(config: TemporaryCasebook.config)
        // The part before the first language (or assets) folder.
        #expect(try base(script: script, url: "http://127.0.0.1:8089/casebook/en/cases/nope/x/") == "/casebook/")
        #expect(try base(script: script, url: "http://127.0.0.1:8089/ru/nope.html") == "/")
        #expect(try base(script: script, url: "http://127.0.0.1:8089/a/casebook/assets/gone.css") == "/a/casebook/")
        // No such folder: the deepest folder whose 404.html the server has.
        #expect(try base(script: script, url: "http://127.0.0.1:8089/casebook/nope/deeper/x",
                         existing: ["/casebook/404.html"]) == "/casebook/")
        #expect(try base(script: script, url: "http://127.0.0.1:8089/casebook/nope.html",
                         existing: ["/casebook/404.html"]) == "/casebook/")
        #expect(try base(script: script, url: "http://127.0.0.1:8089/old/page", existing: ["/404.html"]) == "/")
        #expect(try base(script: script, url: "file:///media/usb/site/404.html") == "none")
    }
}
