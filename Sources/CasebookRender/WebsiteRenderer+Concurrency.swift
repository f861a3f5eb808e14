import Foundation
import CasebookModel
import CasebookMarkdown
import CasebookSupport

extension WebsiteRenderer {
    /// Queues `count` pages into the build's page queue (see `PageQueue.add`). `make` must
    /// only read: it runs on any thread, from a copy of the renderer taken by the caller.
    func queue(_ count: Int, first: Bool = false, _ make: @escaping (Int) -> RenderedPage) {
        pages.add(count, first: first, make)
    }

    /// Queues one page whose context is built by `make` (see `queue`).
    func queuePage(first: Bool = false, _ make: @escaping () -> RenderedPage) {
        pages.add(1, first: first) { _ in make() }
    }

    /// Makes every queued page (see `PageQueue.run`).
    func renderQueued() { pages.run() }

    /// A file made outside the queue: to the sink as soon as there is one, else kept for the end.
    func deliver(_ file: OutputFile) { pages.deliver(file) }

    /// `page(...)` with what its bodies reported, as a value to record later.
    func rendered(_ key: PageKey, _ language: String, title: String, description: String?, template: String,
                  context: [String: Any], breadcrumbs: [(String, PageKey)] = [], bodies: BodyRenderer? = nil,
                  search: SearchEntry? = nil) -> RenderedPage {
        let file = page(key, language, title: title, description: description, template: template, context: context,
                        breadcrumbs: breadcrumbs)
        return RenderedPage(key: key, language: language, file: file, path: file.path,
                            diagnostics: bodies?.diagnostics ?? Diagnostics(), media: bodies?.media ?? [],
                            search: search.map { SearchIndexItem($0, language: language) })
    }
}
