import CasebookBuild
@testable import CasebookServe
import CasebookTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The preview speaks the author's language: what it logs, the problems it hands to open pages
/// and the overlay's heading.
@Suite struct PreviewLanguageTests {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    static let russianHeading = "casebook: в последнем изменении есть ошибки; показана последняя удачная сборка."
    static let englishHeading = "casebook: the last change has errors; showing the last good build."

    @Test func theOverlayHeadingIsInTheChosenLanguage() {
        #expect(LiveReload.heading(in: .russian) == Self.russianHeading)
        #expect(LiveReload.heading(in: .english) == Self.englishHeading)
        let page = String(decoding: LiveReload.inject(Data("<body></body>".utf8), server: "S", version: 1,
                                                      heading: LiveReload.heading(in: .russian)), as: UTF8.self)
        #expect(page.contains("box.textContent = '\(Self.russianHeading)' + '\\n\\n' + problems.join('\\n');"))
        let english = String(decoding: LiveReload.inject(Data("<body></body>".utf8), server: "S", version: 1), as: UTF8.self)
        #expect(english.contains("box.textContent = '\(Self.englishHeading)' + '\\n\\n'"))
    }

    @Test func aHeadingCannotEndTheScriptOrItsString() {
        #expect(LiveReload.javaScriptString("it's </script> & \\ done\n") == "'it\\u0027s \\u003c/script\\u003e \\u0026 \\u005c done\\n'")
    }

    @Test func theBuildersLogAndTheProblemsAreInRussian() async throws {
        let book = try SyntheticCasebook.make(cases: 3)
        let file = "content/cases/case-001.en.md"
        let good = try #require(book.read(file))
        try book.write(file, good.replacingOccurrences(of: "title: \"Case number 1\"", with: "title: Детсад: новый"))
        let log = Log()
        let builder = PreviewBuilder(options: .init(root: book.root), language: .russian, log: { log.add($0) })
        let preview = PreviewSite(language: .russian)
        await builder.rebuildAll(into: preview)
        let problem = "content/cases/case-001.en.md:2:1: ошибка: значение поля «title» содержит «: », и YAML принимает это за начало нового поля; заключите всё значение в двойные кавычки: title: \"Детсад: новый\""
        #expect(await preview.problems == [problem])
        // The warnings of this casebook (no base_url, raw HTML in bodies) aside.
        #expect(log.all.filter { !$0.contains(": предупреждение: ") } == [problem, "сборка не удалась (1 ошибка); удачных сборок ещё не было, поэтому показывать нечего, пока ошибки не исправлены"])
    }

    @Test func theServerServesTheOverlayAndProblemsInRussian() async throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let log = Log()
        var server = PreviewServer(options: .init(root: book.root), port: 0, log: { log.add($0) })
        server.language = .russian
        let (ports, found) = AsyncStream<UInt16>.makeStream()
        server.listening = { found.yield($0) }
        let task = Task { [server] in
            defer { found.finish() }
            try await server.run()
        }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        #expect(log.all.last == "сайт на http://127.0.0.1:\(port)/ — слежу за content/ и themes/; остановить — Ctrl+C")

        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/ru/cases/pump/")!)
        #expect(String(decoding: data, as: UTF8.self).contains("box.textContent = '\(Self.russianHeading)'"))

        try book.write("content/cases/broken.ru.md", "---\ntitle: \"Детсад\nsummary: \"Кратко.\"\n---\n")
        var problems: [String] = []
        for _ in 0..<100 where problems.isEmpty {
            try await Task.sleep(nanoseconds: 100_000_000)
            let (status, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/__casebook/status")!)
            let object = try JSONSerialization.jsonObject(with: status) as? [String: Any]
            problems = object?["problems"] as? [String] ?? []
        }
        #expect(problems == ["content/cases/broken.ru.md:2:1: ошибка: кавычка \", с которой начинается значение поля «title», не закрыта; поставьте \" в конце значения"])
    }
}
