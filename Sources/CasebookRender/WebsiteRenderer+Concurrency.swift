import Foundation
import CasebookModel
import CasebookMarkdown
import CasebookSupport

/// Pages waiting for `renderQueued()`: `count` of them, made by `make` from their index.
struct QueuedPages {
    var count: Int
    /// Made before the others: a page that lists every case takes as long as hundreds of case
    /// pages, and started last it would leave the other cores idle at the end.
    var first: Bool
    var make: (Int) -> RenderedPage
}

extension WebsiteRenderer {
    /// Queues `count` pages for `renderQueued()`. `make` must only read: it runs on any thread,
    /// from a copy of the renderer taken by the caller.
    mutating func queue(_ count: Int, first: Bool = false, _ make: @escaping (Int) -> RenderedPage) {
        guard count > 0 else { return }
        queued.append(QueuedPages(count: count, first: first, make: make))
    }

    /// Queues one page whose context is built by `make` (see `queue`).
    mutating func queuePage(first: Bool = false, _ make: @escaping () -> RenderedPage) {
        queue(1, first: first) { _ in make() }
    }

    /// Renders every queued page on every core and records them in the order they were queued,
    /// so the output is the same whichever thread finishes first. All pages of all languages
    /// wait in one queue: one pass over both cores, with no core idle while the other finishes
    /// a language's listing. With a sink, each file is written by the thread that made it and
    /// only the small rest is kept.
    mutating func renderQueued() {
        let groups = queued
        queued = []
        // (group, index) in the order the pages are made: listings first.
        var order: [(group: Int, index: Int)] = []
        var slots = groups.map { [Int](repeating: 0, count: $0.count) }
        for pass in [true, false] {
            for (group, pages) in groups.enumerated() where pages.first == pass {
                for index in 0..<pages.count {
                    slots[group][index] = order.count
                    order.append((group, index))
                }
            }
        }
        let sink = self.sink
        var made = (concurrent ? Concurrently.map : Self.sequentialMap)(order.count) { slot in
            let (group, index) = order[slot]
            var page = groups[group].make(index)
            if let sink, let file = page.file {
                sink.write(file)
                page.file = nil
            }
            return Optional(page)
        }
        // Recorded in the order they were queued, each page moved out of the results, not copied.
        for group in slots {
            for slot in group {
                record(made[slot].take()!)
            }
        }
    }

    /// `(0..<count).map(transform)` on one thread, for `concurrent == false`.
    private static func sequentialMap<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        (0..<count).map(transform)
    }

    /// Takes a page rendered by `rendered(...)`: its file, what its body reported, its search entry.
    mutating func record(_ page: RenderedPage) {
        if let file = page.file { deliver(file) } else { streamedPaths.append(page.path) }
        bodies.diagnostics.append(contentsOf: page.diagnostics)
        bodies.media.formUnion(page.media)
        if let search = page.search { searchEntries[page.language, default: []].append(search) }
        if let job = page.pdfJob { pdfJobs.append(job) }
        guard let key = page.key else { return }
        if written[key] == nil { writtenOrder.append(key) }
        written[key, default: []].insert(page.language)
    }

    /// A file for the output: to the sink as soon as there is one, else kept for the end.
    mutating func deliver(_ file: OutputFile) {
        if let sink {
            sink.write(file)
            streamedPaths.append(file.path)
        } else {
            files.append(file)
        }
    }

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
