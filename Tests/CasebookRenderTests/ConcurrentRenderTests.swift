@testable import CasebookRender
import CasebookModel
import CasebookTestSupport
import Foundation
import Testing
import CasebookSupport

/// Pages render on every core; the site must come out exactly as a render on one thread.
@Suite struct ConcurrentRenderTests {
    /// Collects what a render writes, from any thread.
    final class Collector: OutputSink, @unchecked Sendable {
        private let lock = NSLock()
        private var collected: [OutputFile] = []
        func write(_ file: OutputFile) { lock.withLock { collected.append(file) } }
        var files: [OutputFile] { lock.withLock { collected.sorted { $0.path < $1.path } } }
    }

    @Test func wholeSiteRenderedConcurrentlyEqualsASequentialRender() throws {
        let book = try SyntheticCasebook.make(cases: 120)
        let (site, loadDiagnostics) = book.load()
        let loaded = try #require(site)
        #expect(!loadDiagnostics.hasErrors, "\(loadDiagnostics.sorted.map(\.description))")
        let theme = try #require(ThemeLoader(root: book.root, config: loaded.config).load().0)

        let sequential = WebsiteRenderer.render(site: loaded, theme: theme, selection: .all, linksPDFs: false, sink: nil, concurrent: false).output
        let concurrent = WebsiteRenderer.render(site: loaded, theme: theme)
        let collector = Collector()
        let streamed = WebsiteRenderer.render(site: loaded, theme: theme, sink: collector)

        #expect(sequential.files.count > 250)
        #expect(concurrent.files.map(\.path) == sequential.files.map(\.path))
        for (one, other) in zip(concurrent.files, sequential.files) {
            #expect(one.data == other.data, "\(one.path) differs from the sequential render")
        }
        #expect(collector.files == sequential.files)
        #expect(streamed.files.isEmpty)
        #expect(streamed.paths == sequential.files.map(\.path))
        #expect(concurrent.diagnostics.sorted == sequential.diagnostics.sorted)
        #expect(streamed.diagnostics.sorted == sequential.diagnostics.sorted)
        #expect(concurrent.media == sequential.media)
    }
}
