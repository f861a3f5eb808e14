import CasebookModel
import Foundation

/// Finds links and images that Markdown did not read because their destination has a space
/// (`![Фото](../media/Фото 1.JPG)`): they would appear on the page as literal text. Each is
/// reported at its place in the file with the form that works, `<…>` around the path.
enum UnreadLinkFinder {
    private static let pattern = try! NSRegularExpression(pattern: #"(!?)\[([^\]\n]*)\]\(([^()<>\n]*\s[^()<>\n]*)\)"#)
    private static let code = try! NSRegularExpression(pattern: #"<pre[ >].*?</pre>|<code[ >].*?</code>"#,
                                                       options: [.dotMatchesLineSeparators])

    /// Errors for the unread links in `html`, rendered from `source`.
    static func diagnostics(html bytes: [UInt8], source: MarkdownSource) -> Diagnostics {
        var diagnostics = Diagnostics()
        // Most bodies have no "](" left in their HTML: only those are looked at more closely.
        guard bytes.withUnsafeBufferPointer(hasBracketParenthesis) else { return diagnostics }
        var html = String(decoding: bytes, as: UTF8.self)
        html = code.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "")
        var searchFrom = source.text.startIndex
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let isImage = match.range(at: 1).length > 0
            let text = unescaped(String(html[Range(match.range(at: 2), in: html)!]))
            let destination = unescaped(String(html[Range(match.range(at: 3), in: html)!])).trimmingCharacters(in: .whitespaces)
            let written = "](\(destination)"
            var location = SourceLocation(file: source.file)
            if let found = source.text.range(of: written, range: searchFrom..<source.text.endIndex)
                ?? source.text.range(of: written) {
                let start = source.text[..<found.lowerBound].lastIndex(of: "[").map { bracket in
                    isImage && bracket > source.text.startIndex && source.text[source.text.index(before: bracket)] == "!"
                        ? source.text.index(before: bracket) : bracket
                } ?? found.lowerBound
                let before = source.text[..<start]
                let line = before.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
                let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                                             to: before.endIndex)
                location = SourceLocation(file: source.file, line: source.lineOffset + line + 1, column: column + 1)
                searchFrom = found.upperBound
            }
            let kind: Message = isImage ? "image" : "link"
            diagnostics.error(location, "\(kind) '\(destination)' is shown as text: a path with spaces must stand in angle brackets, \(isImage ? "!" : "")[\(text)](<\(destination)>)")
        }
        return diagnostics
    }

    /// Whether `]` is followed by `(` somewhere: found by memchr, as `]` is rare in HTML (this
    /// looks at every body's whole HTML; a loop over its bytes was a percent of a build).
    private static func hasBracketParenthesis(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        var start = 0
        while start < buffer.count - 1,
              let found = memchr(base + start, Int32(UInt8(ascii: "]")), buffer.count - 1 - start) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if base[index + 1] == UInt8(ascii: "(") { return true }
            start = index + 1
        }
        return false
    }

    private static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
