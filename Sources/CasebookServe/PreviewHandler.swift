import Foundation
import FlyingFox

/// Answers the browser: pages from the in-memory site (with the live-reload script added to
/// HTML), `/__casebook/status` for that script, 404 for anything else.
struct PreviewHandler: HTTPHandler {
    var site: PreviewSite

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == "/__casebook/status" {
            let (version, problems) = await site.status()
            let body = try JSONSerialization.data(withJSONObject: ["version": version, "problems": problems], options: [.sortedKeys])
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"], body: body)
        }
        var path = request.path.removingPercentEncoding ?? request.path
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        if path.split(separator: "/").contains("..") { return HTTPResponse(statusCode: .forbidden) }
        // The request path may arrive without its trailing slash: try the folder's index too.
        if await site.data(at: path) == nil, await site.data(at: path + "/index.html") != nil { path += "/index.html" }
        guard var data = await site.data(at: path) else {
            let page = await site.data(at: "404.html").map(LiveReload.inject) ?? Data("Not found".utf8)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: page)
        }
        let type = ContentType.of(path)
        if type.hasPrefix("text/html") { data = LiveReload.inject(data) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
    }
}

/// Content types of the files a casebook site has.
enum ContentType {
    static func of(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "webp": return "image/webp"
        case "gif": return "image/gif"
        case "pdf": return "application/pdf"
        case "xml": return "application/xml"
        case "csv": return "text/csv; charset=utf-8"
        case "json": return "application/json"
        case "md", "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
