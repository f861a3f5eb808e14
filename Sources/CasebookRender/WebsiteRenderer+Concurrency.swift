import Foundation
import CasebookModel
import CasebookMarkdown

extension WebsiteRenderer {
    /// Renders `count` pages on every core and records them in index order, so the output is
    /// the same whichever thread finishes first. With a sink, each file is written by the
    /// thread that made it and only the small rest is kept.
    mutating func renderConcurrently(_ count: Int, _ make: (Int) -> RenderedPage) {
        guard count > 0 else { return }
        let sink = self.sink
        let pages = (concurrent ? Concurrently.map : Self.sequentialMap)(count) { index in
            var page = make(index)
            if let sink, let file = page.file {
                sink.write(file)
                page.file = nil
            }
            return page
        }
        for page in pages { record(page) }
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
        if written[page.key] == nil { writtenOrder.append(page.key) }
        written[page.key, default: []].insert(page.language)
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
                            diagnostics: bodies?.diagnostics ?? Diagnostics(), media: bodies?.media ?? [], search: search)
    }
}
