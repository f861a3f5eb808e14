import Foundation

/// Fits rendered bodies into one printable document: every id of a chapter is scoped to it,
/// its headings move below the chapter's title, footnotes become page footnotes, links to
/// pages that are chapters of the book point into the book, and the other links are marked
/// for print (links to the website, links to the web whose address is not their text).
struct PrintHTMLRewriter {
    /// The book's path in the output, e.g. `ru/print/index.html`.
    var bookPath: String
    /// Website URLs as written in the book (relative to it, without fragment) → chapter id.
    var chapters: [String: String]
    /// `base_url`: links to the website get their absolute address, for print and the PDF.
    var baseURL: String?

    private static let schemes = ["http:", "https:", "mailto:", "tel:"]
    /// The colours and type of the charts. WeasyPrint does not apply the page's stylesheet to
    /// inline SVG, only a stylesheet inside the SVG, so every chart of the book carries one.
    static let chartStyle = "<style>.chart-track{fill:#e6ecf1}.chart-bar{fill:#1f4e79}"
        + ".chart-label,.chart-value{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;font-size:11px;fill:#1b1f23}</style>"

    /// One chapter's body HTML: footnotes made page footnotes, charts given their style, tables
    /// no longer scrolling regions, every `id` and every
    /// reference to one (`href="#…"`, `aria-labelledby`, `aria-describedby`) prefixed with
    /// `scope_` (ids of bodies never hold `_`, so scoped ids cannot meet a chapter's own id),
    /// and heading levels moved down by `headingShift`.
    static func chapter(_ html: String, scope: String, headingShift: Int) -> String {
        var text = PrintFootnotes.inline(html)
        text = replace(##"(<svg class="chart"[^>]*>)"##, in: text) { $0[1] + chartStyle }
        // Paper does not scroll: a table's box need not be a focusable region (and a book of
        // many tables would have many landmarks of the same name).
        text = replace(##"<div class="table-wrap" tabindex="0" role="region" aria-label="[^"]*">"##, in: text) { _ in "<div class=\"table-wrap\">" }
        text = replace(##"(\sid=")([^"]*)""##, in: text) { "\($0[1])\(scope)_\($0[2])\"" }
        text = replace(##"(\shref="#)([^"]*)""##, in: text) { "\($0[1])\(scope)_\($0[2])\"" }
        text = replace(##"(\saria-(?:labelledby|describedby)=")([^"]*)""##, in: text) { match in
            match[1] + match[2].split(separator: " ").map { "\(scope)_\($0)" }.joined(separator: " ") + "\""
        }
        guard headingShift != 0 else { return text }
        return replace(##"<(/?)h([1-6])([\s>])"##, in: text) { match in
            "<\(match[1])h\(min(6, max(1, Int(match[2])! + headingShift)))\(match[3])"
        }
    }

    /// The links of the assembled document. Only `<a href=` tags written by the Markdown
    /// renderer and the generated blocks are touched; the book's own template writes its links
    /// with the class first or with `#` targets.
    func links(in document: String) -> String {
        let ids = Set(Self.matches(##"\sid="([^"]*)""##, in: document).map { $0[1] })
        let marked = Self.replace(##"<a href="([^"#][^"]*)"([^>]*>)"##, in: document) { match in
            let href = match[1], rest = match[2]
            let lowered = href.lowercased()
            if Self.schemes.contains(where: { lowered.hasPrefix($0) }) {
                return "<a class=\"ext\" href=\"\(href)\"\(rest)"
            }
            var path = href, fragment = ""
            if let hash = href.firstIndex(of: "#") {
                path = String(href[..<hash])
                fragment = String(href[href.index(after: hash)...])
            }
            if let chapter = chapters[path] {
                let target = fragment.removingPercentEncoding.map { "\(chapter)_\($0)" }
                let id = target.flatMap { ids.contains($0) ? $0 : nil } ?? chapter
                return "<a class=\"xref\" href=\"#\(id)\"\(rest)"
            }
            let address = baseURL.map { " data-url=\"\($0)\(Self.resolve(path, from: bookPath))\(fragment.isEmpty ? "" : "#" + fragment)\"" } ?? ""
            return "<a class=\"web\" href=\"\(href)\"\(address)\(rest)"
        }
        return Self.unmarkingAutolinks(marked)
    }

    /// Autolinks (`<https://…>`, whose text is their address) need not print it twice.
    private static func unmarkingAutolinks(_ html: String) -> String {
        replace(##"<a class="ext" href="([^"]*)"([^>]*)>([^<]*)</a>"##, in: html) { match in
            let href = match[1], text = match[3]
            let shown = href.hasPrefix("mailto:") ? String(href.dropFirst("mailto:".count)) : href
            let isAddress = text == href || text == shown || text == href.replacingOccurrences(of: "&amp;", with: "&")
            return isAddress ? "<a href=\"\(href)\"\(match[2])>\(text)</a>" : match[0]
        }
    }

    /// `relative` (a URL written on the page at `source`) as a path from the output root.
    static func resolve(_ relative: String, from source: String) -> String {
        var parts = source.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": if !parts.isEmpty { parts.removeLast() }
            case ".": continue
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The capture groups of every match of `pattern` (group 0 is the whole match).
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        // One bridge to UTF-16 for all the matches: turning every NSRange back into a String
        // index costs more than the matching itself on a whole book.
        let utf16 = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: utf16.length)).map { groups(of: $0, in: utf16) }
    }

    /// `text` with every match of `pattern` replaced by `transform(groups)`.
    static func replace(_ pattern: String, in text: String, _ transform: ([String]) -> String) -> String {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let utf16 = text as NSString
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var last = 0
        for result in expression.matches(in: text, range: NSRange(location: 0, length: utf16.length)) {
            output += utf16.substring(with: NSRange(location: last, length: result.range.location - last))
            output += transform(groups(of: result, in: utf16))
            last = result.range.location + result.range.length
        }
        output += utf16.substring(from: last)
        return output
    }

    private static func groups(of result: NSTextCheckingResult, in text: NSString) -> [String] {
        (0..<result.numberOfRanges).map { index in
            let range = result.range(at: index)
            return range.location == NSNotFound ? "" : text.substring(with: range)
        }
    }
}
