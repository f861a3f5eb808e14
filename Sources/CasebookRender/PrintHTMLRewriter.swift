import Foundation

/// Fits rendered bodies into one printable document: every id of a chapter is scoped to it,
/// its headings move below the chapter's title, its links are re-based from the website page
/// the body was rendered for onto the book, footnotes become page footnotes, links to pages
/// that are chapters of the book point into the book, and the other links are marked for print
/// (links to the website, links to the web whose address is not their text). Each step is one
/// pass over the tags (`HTMLTagScanner`), never a pattern over the whole page.
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
        + ".chart-label,.chart-value{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;font-size:16px;fill:#1b1f23}</style>"
    /// A table's scrolling box as the website writes it (see `HTML.scrollableTableStart`).
    private static let scrollingTable = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\""

    /// One chapter's body HTML: footnotes made page footnotes, charts given their style, tables
    /// no longer scrolling regions, every `id` and every reference to one (`href="#…"`,
    /// `aria-labelledby`, `aria-describedby`) prefixed with `scope_` (ids of bodies never hold
    /// `_`, so scoped ids cannot meet a chapter's own id), heading levels moved down by
    /// `headingShift`, and relative links and images written for the page at `source` re-based
    /// onto `book` (nil `source`: the body was rendered for the book).
    static func chapter(_ html: String, scope: String, headingShift: Int, source: String? = nil, book: String = "") -> String {
        let scanner = HTMLTagScanner(PrintFootnotes.inline(html))
        let rebase = source.flatMap { $0 == book ? nil : $0 }
        return scanner.rewritten { tag in
            let level = headingShift == 0 ? nil : headingLevel(tag, scanner)
            let name = level.map { "h\(min(6, max(1, $0 + headingShift)))" }
            if tag.isClosing { return name.map { tag.edited(in: scanner, name: $0) } }
            // Paper does not scroll: a table's box need not be a focusable region (and a book of
            // many tables would have many landmarks of the same name).
            if scanner.has(scrollingTable, at: tag.range.lowerBound), tag.attributes.count == 4 {
                return Array("<div class=\"table-wrap\">".utf8)
            }
            return rewrite(tag, in: scanner, name: name, scope: scope, rebase: rebase, book: book)
        }
    }

    /// The tag renamed to `name`, with its ids and references scoped and its links re-based;
    /// nil when unchanged.
    private static func rewrite(_ tag: HTMLTagScanner.Tag, in scanner: HTMLTagScanner, name: String?, scope: String,
                                rebase source: String?, book: String) -> [UInt8]? {
        var values: [(Range<Int>, String)] = []
        for attribute in tag.attributes {
            guard let value = attribute.value else { continue }
            if scanner.equals(attribute.name, "id") {
                values.append((value, "\(scope)_\(scanner.text(value))"))
            } else if scanner.equals(attribute.name, "aria-labelledby") || scanner.equals(attribute.name, "aria-describedby") {
                values.append((value, scanner.text(value).split(separator: " ").map { "\(scope)_\($0)" }.joined(separator: " ")))
            } else if scanner.equals(attribute.name, "href"), !value.isEmpty, scanner.bytes[value.lowerBound] == UInt8(ascii: "#") {
                values.append((value, "#\(scope)_\(scanner.text(value.dropFirst()))"))
            } else if let source, scanner.equals(attribute.name, "href") || scanner.equals(attribute.name, "src"),
                      let rebased = rebased(scanner.text(value), from: source, to: book) {
                values.append((value, rebased))
            }
        }
        var bytes = values.isEmpty && name == nil ? nil : tag.edited(in: scanner, name: name, values: values)
        if scanner.equals(tag.name, "svg"), scanner.has("<svg class=\"chart\"", at: tag.range.lowerBound) {
            bytes = (bytes ?? Array(scanner.bytes[tag.range])) + Array(chartStyle.utf8)
        }
        return bytes
    }

    /// The level of an `h1`…`h6` tag.
    private static func headingLevel(_ tag: HTMLTagScanner.Tag, _ scanner: HTMLTagScanner) -> Int? {
        guard tag.name.count == 2, scanner.bytes[tag.name.lowerBound] == UInt8(ascii: "h") else { return nil }
        let digit = Int(scanner.bytes[tag.name.lowerBound + 1]) - Int(UInt8(ascii: "0"))
        return (1...6).contains(digit) ? digit : nil
    }

    /// `url`, relative to the page at `source`, as seen from `book`; nil for a URL that is not
    /// relative (a scheme, a fragment or a path from the root).
    static func rebased(_ url: String, from source: String, to book: String) -> String? {
        guard let first = url.utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"), first != UInt8(ascii: "?") else {
            return nil
        }
        let end = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        let path = url[..<end]
        guard !path.contains(":") else { return nil }
        return RelativeURL.from(book, to: resolve(String(path), from: source)) + url[end...]
    }

    /// The links of the assembled document. Only `<a href=` tags written by the Markdown
    /// renderer and the generated blocks are touched; the book's own template writes its links
    /// with the class first or with `#` targets.
    func links(in document: String) -> String {
        let scanner = HTMLTagScanner(document)
        var ids = Set<String>()
        scanner.forEachTag { tag in
            if !tag.isClosing, let id = scanner.value("id", of: tag) { ids.insert(scanner.text(id)) }
        }
        return scanner.rewritten { tag in
            guard !tag.isClosing, scanner.has("<a href=\"", at: tag.range.lowerBound), let hrefRange = tag.attributes.first?.value,
                  !hrefRange.isEmpty, scanner.bytes[hrefRange.lowerBound] != UInt8(ascii: "#") else { return nil }
            let href = scanner.text(hrefRange)
            // What follows the address as written, to the tag's end.
            let rest = scanner.text(hrefRange.upperBound + 1..<tag.range.upperBound)
            let lowered = href.lowercased()
            if Self.schemes.contains(where: { lowered.hasPrefix($0) }) {
                // Autolinks (`<https://…>`, whose text is their address) need not print it twice.
                if Self.isAutolink(tag, href: href, in: scanner) { return nil }
                return Array("<a class=\"ext\" href=\"\(href)\"\(rest)".utf8)
            }
            var path = href, fragment = ""
            if let hash = href.firstIndex(of: "#") {
                path = String(href[..<hash])
                fragment = String(href[href.index(after: hash)...])
            }
            if let chapter = chapters[path] {
                let target = fragment.removingPercentEncoding.map { "\(chapter)_\($0)" }
                let id = target.flatMap { ids.contains($0) ? $0 : nil } ?? chapter
                return Array("<a class=\"xref\" href=\"#\(id)\"\(rest)".utf8)
            }
            let address = baseURL.map {
                " data-url=\"\(HTML.escape("\($0)\(Self.resolve(path, from: bookPath))\(fragment.isEmpty ? "" : "#" + fragment)"))\""
            } ?? ""
            return Array("<a class=\"web\" href=\"\(href)\"\(address)\(rest)".utf8)
        }
    }

    /// Whether the link's text, up to its `</a>` with no tag between, is its address.
    private static func isAutolink(_ tag: HTMLTagScanner.Tag, href: String, in scanner: HTMLTagScanner) -> Bool {
        let start = tag.range.upperBound
        guard let end = scanner.bytes[start...].firstIndex(of: UInt8(ascii: "<")), scanner.has("</a>", at: end) else { return false }
        let text = scanner.text(start..<end)
        let shown = href.hasPrefix("mailto:") ? String(href.dropFirst("mailto:".count)) : href
        return text == href || text == shown || text == href.replacingOccurrences(of: "&amp;", with: "&")
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
}
