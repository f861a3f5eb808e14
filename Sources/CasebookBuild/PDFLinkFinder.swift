import Foundation

/// Finds the PDFs a site's pages link to (`href="….pdf"`, relative links only), reading each
/// page a chunk at a time as the bundle packs it, so that `casebook bundle` can say which of
/// them are missing.
struct PDFLinkFinder {
    /// Linked PDF (a path in the site) → the pages that link to it.
    private(set) var links: [String: Set<String>] = [:]
    private var page = ""
    private var carry: [UInt8] = []
    /// A link longer than this is not followed across chunks.
    private static let longestLink = 4096
    private static let opening = Array("href=\"".utf8)

    /// Starts on the page at `path` (relative to the site).
    mutating func start(page path: String) {
        page = path
        carry = []
    }

    /// The next chunk of the current page.
    mutating func feed(_ chunk: Data) {
        let bytes = carry + chunk
        carry = []
        var index = 0
        let end = bytes.count
        while index < end {
            guard let found = Self.find(Self.opening, in: bytes, from: index) else {
                // Keep a tail that may be the start of `href="`.
                carry = Array(bytes[max(index, end - Self.opening.count + 1)...])
                return
            }
            let valueStart = found + Self.opening.count
            guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else {
                if end - found <= Self.longestLink { carry = Array(bytes[found...]) }
                return
            }
            record(String(decoding: bytes[valueStart..<close], as: UTF8.self))
            index = close + 1
        }
    }

    private mutating func record(_ link: String) {
        var target = Substring(link)
        if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = target[..<cut] }
        guard target.lowercased().hasSuffix(".pdf"), !target.contains(":"), !target.hasPrefix("/") else { return }
        let decoded = (String(target).replacingOccurrences(of: "&amp;", with: "&")).removingPercentEncoding ?? String(target)
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(String(part)) }
        }
        links[parts.joined(separator: "/"), default: []].insert(page)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            let last = buffer.count - needle.count
            while index <= last {
                if buffer[index] == needle[0] {
                    var matched = 1
                    while matched < needle.count && buffer[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }
}
