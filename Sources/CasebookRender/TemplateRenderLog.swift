import Foundation

/// Every render of a theme's templates, recorded when a test sets `Theme.renderLog`: the
/// template, its context and the bytes made, so that the test can render the same with
/// another Mustache implementation and compare. Builds never set it.
final class TemplateRenderLog: @unchecked Sendable {
    /// One render.
    struct Entry {
        var template: String
        var context: [String: Any]
        var output: [UInt8]
    }

    private let lock = NSLock()
    private var recorded: [Entry] = []

    func record(_ entry: Entry) {
        lock.withLock { recorded.append(entry) }
    }

    var entries: [Entry] { lock.withLock { recorded } }
}
