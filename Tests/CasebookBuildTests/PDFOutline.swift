import Foundation

/// What the tests read from a PDF that WeasyPrint wrote (its objects as `PDFTools.objects`
/// gives them, outline items with `/Dest [page 0 R …]`): the outline with page numbers, the named destinations
/// (one per id of the HTML) and the document's language. Poppler has no outline dump, and
/// `pdftohtml -xml` drops outline items that follow a nested list.
struct PDFOutline {
    /// One bookmark: its title, its depth (1 = top) and the page it opens.
    struct Item {
        var title: String
        var level: Int
        var page: Int
    }

    var items: [Item] = []
    var destinations: [String: Int] = [:]
    var language: String?

    init(_ data: Data) {
        let text = String(decoding: data.map { $0 < 128 ? $0 : 0x3F }, as: UTF8.self)
        var objects: [Int: String] = [:]
        let objectPattern = try! NSRegularExpression(pattern: "(\\d+) 0 obj(.*?)endobj", options: [.dotMatchesLineSeparators])
        for match in objectPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let number = Int(text[Range(match.range(at: 1), in: text)!])!
            objects[number] = String(text[Range(match.range(at: 2), in: text)!])
        }
        func value(_ key: String, in object: String) -> String? {
            // The key as a whole name, then its value: an array, a string, a dictionary, a
            // reference or one token (WeasyPrint 57 wrote one key a line, 66 and later write
            // them one after the other).
            guard let keyRange = object.range(of: "/\(key)(?![A-Za-z0-9])\\s*", options: .regularExpression) else { return nil }
            let rest = object[keyRange.upperBound...]
            if let reference = rest.range(of: "^\\d+ \\d+ R", options: .regularExpression) { return String(rest[reference]) }
            let pairs: [(open: Character, close: Character)] = [("[", "]"), ("(", ")"), ("<", ">")]
            if let first = rest.first, let pair = pairs.first(where: { $0.open == first }) {
                var depth = 0
                var escaped = false
                for index in rest.indices {
                    let character = rest[index]
                    if escaped { escaped = false; continue }
                    if character == "\\" && pair.open == "(" { escaped = true; continue }
                    if character == pair.open { depth += 1 } else if character == pair.close {
                        depth -= 1
                        if depth == 0 { return String(rest[...index]) }
                    }
                }
                return String(rest)
            }
            return String(rest.prefix { !"/[]()<> \n\r".contains($0) })
        }
        func reference(_ key: String, in object: String) -> Int? {
            value(key, in: object).flatMap { Int($0.split(separator: " ")[0]) }
        }
        func references(in text: String) -> [Int] {
            let pattern = try! NSRegularExpression(pattern: "(\\d+) 0 R")
            return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
                .map { Int(text[Range($0.range(at: 1), in: text)!])! }
        }
        let pages = objects.values.first { $0.contains("/Type /Pages") }.flatMap { value("Kids", in: $0) }.map(references(in:)) ?? []
        let page: (String) -> Int? = { destination in
            references(in: destination).first.flatMap { pages.firstIndex(of: $0) }.map { $0 + 1 }
        }
        let catalog = objects.values.first { $0.contains("/Type /Catalog") } ?? ""
        language = value("Lang", in: catalog).map { String($0.dropFirst().dropLast()) }
        // Named destinations: (ascii-name) [ P 0 R /XYZ … ] pairs.
        let names = try! NSRegularExpression(pattern: "\\(([a-z0-9-]+)\\) ?(\\[ ?\\d+ 0 R)")
        for match in names.matches(in: catalog, range: NSRange(catalog.startIndex..., in: catalog)) {
            let name = String(catalog[Range(match.range(at: 1), in: catalog)!])
            destinations[name] = page(String(catalog[Range(match.range(at: 2), in: catalog)!]))
        }
        func title(_ object: String) -> String {
            let raw = value("Title", in: object) ?? ""
            // ASCII titles are literal strings; others are UTF-16BE hex strings with a byte-order mark.
            if raw.hasPrefix("(") {
                return String(raw.dropFirst().dropLast()).replacingOccurrences(of: "\\\\(.)", with: "$1", options: .regularExpression)
            }
            let hex = raw.dropFirst(5).prefix { $0 != ">" }
            var units: [UInt16] = []
            var index = hex.startIndex
            while let end = hex.index(index, offsetBy: 4, limitedBy: hex.endIndex), index < hex.endIndex {
                units.append(UInt16(hex[index..<end], radix: 16) ?? 0x3F)
                index = end
            }
            return String(decoding: units, as: UTF16.self)
        }
        func walk(_ first: Int?, level: Int) {
            var current = first
            while let number = current, let object = objects[number] {
                let destination = value("Dest", in: object) ?? ""
                let pageNumber = page(destination) ?? 0
                items.append(Item(title: title(object), level: level, page: pageNumber))
                walk(reference("First", in: object), level: level + 1)
                current = reference("Next", in: object)
            }
        }
        if let root = reference("Outlines", in: catalog), let outlines = objects[root] {
            walk(reference("First", in: outlines), level: 1)
        }
    }
}
