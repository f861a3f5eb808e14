import Foundation
import FlyingFox

/// The WebSocket an open preview page listens on: it sends the preview's state
/// (`PreviewSite.statusJSON`) when the page connects and again the moment a build is served,
/// so the page reloads (or shows the build's errors) without asking.
struct ReloadChannel: WSMessageHandler {
    let site: PreviewSite

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let updates = await site.subscribe()
        return AsyncStream { continuation in
            let task = Task {
                for await text in updates { continuation.yield(.text(text)) }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
