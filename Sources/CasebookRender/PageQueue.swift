import Foundation
import CasebookModel
import CasebookSupport

/// The one place a render's concurrency and recording live. Outputs queue their pages (any
/// file, with the PDF to make from it); `run()` makes every queued page on all cores and
/// records them in the order they were queued, so the output is the same whichever thread
/// finishes first. Used from one thread: the pages' `make` closures only read the prepared
/// inputs they captured, never the queue.
public final class PageQueue {
    /// Where pages go as soon as they are rendered; without one they are kept in `files`.
    let sink: (any OutputSink)?
    /// Pages on all cores; off only in tests that compare with a render on one thread.
    let concurrent: Bool

    /// Pages waiting for `run()`.
    private var queued: [QueuedPages] = []
    /// The files kept for the end (no sink), or not yet delivered.
    var files: [OutputFile] = []
    /// Paths of the files already handed to the sink.
    var streamedPaths: [String] = []
    /// What the bodies of the recorded pages reported.
    var diagnostics = Diagnostics()
    /// Paths under content/media/ the recorded pages use.
    var media = Set<String>()
    /// Per language, entries for the search index.
    var searchEntries: [String: [SearchIndexItem]] = [:]
    /// Every page key written, per language, for the sitemap, and the order keys first came in.
    var written: [PageKey: Set<String>] = [:]
    var writtenOrder: [PageKey] = []
    /// PDFs to make after writing (print book, slide decks).
    var pdfJobs: [PDFJob] = []
    /// Per language, the bodies of the pages that recorded one (cases, free pages, evaluations
    /// on municipality pages), for the printable book: each body is parsed once, for its page.
    var bodies: [String: [PageKey: String]] = [:]
    /// Per language and case id, the case as its page showed it, for the book's chapter.
    var caseModels: [String: [String: CasePageModel]] = [:]
    /// Files kept out of the published site (`RenderedPage.isUnpublished`) and their PDFs.
    var unpublished = UnpublishedFiles()

    init(sink: (any OutputSink)?, concurrent: Bool) {
        self.sink = sink
        self.concurrent = concurrent
    }

    /// Queues `count` pages made by `make` from their index. `make` must only read: it runs on
    /// any thread. `first`: made before the others, for a page that takes as long as hundreds.
    func add(_ count: Int, first: Bool = false, _ make: @escaping (Int) -> RenderedPage) {
        guard count > 0 else { return }
        queued.append(QueuedPages(count: count, first: first, make: make))
    }

    /// Renders every queued page on every core and records them in the order they were queued.
    /// All pages of all outputs and languages wait in one queue: one pass over both cores, with
    /// no core idle while the other finishes a language's listing. With a sink, each file is
    /// written by the thread that made it and only the small rest is kept.
    func run() {
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
            if let sink, let file = page.file, !page.isUnpublished {
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

    /// Takes a made page: its file, what its body reported, its search entry, its PDF job.
    func record(_ page: RenderedPage) {
        if page.isUnpublished {
            unpublished.record(page)
            diagnostics.append(contentsOf: page.diagnostics)
            return
        }
        if let file = page.file { deliver(file) } else { streamedPaths.append(page.path) }
        diagnostics.append(contentsOf: page.diagnostics)
        media.formUnion(page.media)
        if let search = page.search { searchEntries[page.language, default: []].append(search) }
        if let job = page.pdfJob { pdfJobs.append(job) }
        guard let key = page.key else { return }
        if let body = page.bookBody { bodies[page.language, default: [:]][key] = body }
        if let model = page.caseModel { caseModels[page.language, default: [:]][model.id] = model }
        if written[key] == nil { writtenOrder.append(key) }
        written[key, default: []].insert(page.language)
    }

    /// A file made outside the queue (root page, sitemap, assets): to the sink as soon as there
    /// is one, else kept for the end.
    func deliver(_ file: OutputFile) {
        if let sink {
            sink.write(file)
            streamedPaths.append(file.path)
        } else {
            files.append(file)
        }
    }
}

/// Pages waiting for `PageQueue.run()`: `count` of them, made by `make` from their index.
struct QueuedPages {
    var count: Int
    /// Made before the others: a page that lists every case takes as long as hundreds of case
    /// pages, and started last it would leave the other cores idle at the end.
    var first: Bool
    var make: (Int) -> RenderedPage
}
