import CasebookModel
import Foundation
import FlyingFox

/// Answers the browser: pages from the in-memory site (with the live-reload script added to
/// HTML), the WebSocket that script listens on, `/__casebook/status` for scripts and tests,
/// 404 for anything else.
struct PreviewHandler: HTTPHandler {
    var site: PreviewSite
    static let reloadPath = "/__casebook/reload"

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await answer(request)
        guard request.method == .HEAD else { return response }
        // FlyingFox would send the body after a HEAD too, and the next answer on the
        // connection would be read as part of it: the length alone.
        var headers = response.headers
        headers[.contentLength] = String(try await response.bodyData.count)
        return HTTPResponse(statusCode: response.statusCode, headers: headers, body: Data())
    }

    private func answer(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == Self.reloadPath {
            return try await WebSocketHTTPHandler.webSocket(ReloadChannel(site: site)).handleRequest(request)
        }
        if request.path == "/__casebook/status" {
            let body = Data(await site.statusJSON().utf8)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"], body: body)
        }
        var path = request.path.removingPercentEncoding ?? request.path
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        if path.split(separator: "/").contains("..") { return HTTPResponse(statusCode: .forbidden) }
        // The request path may arrive without its trailing slash: try the folder's index too.
        if await site.data(at: path) == nil, await site.data(at: path + "/index.html") != nil { path += "/index.html" }
        let version = await site.version
        guard var data = await site.data(at: path) else {
            let page = await site.data(at: "404.html").map { LiveReload.inject($0, server: site.instance, version: version, heading: LiveReload.heading(in: site.language)) }
            let notFound: Message = "Not found"
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                                body: page ?? Data(notFound.rendered(in: site.language).utf8))
        }
        let type = ContentType.of(path)
        if type.hasPrefix("text/html") { data = LiveReload.inject(data, server: site.instance, version: version, heading: LiveReload.heading(in: site.language)) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
    }
}
