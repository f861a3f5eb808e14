import CasebookSupport
/// Edits cmark-gfm's HTML where its renderer has no option: heading ids, footnote id
/// prefixes, directive placeholders, labels on task-list boxes, and what the page wants in
/// place of some tags (`<table>`, a label), all in one pass.
///
/// Safe mode escapes every `<` that came from the author, so a literal `<h2>` in the output
/// can only be a heading cmark wrote; the n-th one gets the n-th heading id.
struct HTMLPostProcessor {
    var headingIDs: [String]
    var footnotePrefix: String
    /// Text replaced wherever it occurs inside a tag (cmark escapes `<`, `>` and `"` in text and
    /// attribute values, so inside tags is everywhere such markup can be).
    var tagReplacements: [(String, String)] = []
    /// What replaces the n-th `<table>` tag (from 0), if anything.
    var tableStart: ((Int) -> String)?

    func process(_ html: String) -> String {
        var html = html
        return html.withUTF8 { String(decoding: bytes($0), as: UTF8.self) }
    }

    /// `text` is cmark's output, read where cmark wrote it; the result is UTF-8 too (valid,
    /// as cmark's is: only ASCII markup and valid texts are put in).
    func bytes(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let patterns = tagReplacements.map { Array($0.0.utf8) }.filter { !$0.isEmpty }
        var output: [UInt8] = []
        output.reserveCapacity(text.count + headingIDs.count * 24)
        // Works on bytes: scanning Characters of a whole page for "<" cost more than cmark's parse.
        do {
            var copied = 0
            var headingIndex = 0
            var tableIndex = 0
            var position = 0
            func emit(upTo end: Int, _ replacement: String) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<end]))
                output.append(contentsOf: replacement.utf8)
            }
            while let open = UTF8Search.first(Self.lessThan, in: text, from: position) {
                if let level = headingLevel(text, at: open), headingIndex < headingIDs.count {
                    emit(upTo: open, "<h\(level) id=\"\(headingIDs[headingIndex])\">")
                    headingIndex += 1
                    copied = open + 4
                } else if UTF8Search.has(DirectiveMarker.openingParagraph, in: text, at: open),
                          let close = UTF8Search.first(DirectiveMarker.closingParagraph, in: text,
                                                       from: open + DirectiveMarker.openingParagraph.utf8CodeUnitCount) {
                    let inner = UnsafeBufferPointer(rebasing: text[(open + DirectiveMarker.openingParagraph.utf8CodeUnitCount)..<close])
                    emit(upTo: open, RenderedMarkdown.placeholder(Int(String(decoding: inner, as: UTF8.self)) ?? 0))
                    copied = close + DirectiveMarker.closingParagraph.utf8CodeUnitCount
                } else if UTF8Search.has(Self.checkbox, in: text, at: open) {
                    // Only this tag's own attributes say whether the box is ticked.
                    let tagEnd = UTF8Search.first(Self.greaterThan, in: text, from: open) ?? text.count
                    let checked = UTF8Search.first(Self.checkedAttribute, in: UnsafeBufferPointer(rebasing: text[open..<tagEnd]),
                                                   from: 0) != nil
                    emit(upTo: open, "<input type=\"checkbox\" aria-label=\"\(checked ? "✓" : "☐")\"")
                    copied = open + Self.checkbox.utf8CodeUnitCount
                } else if let tableStart, UTF8Search.has(Self.table, in: text, at: open) {
                    emit(upTo: open, tableStart(tableIndex))
                    tableIndex += 1
                    copied = open + Self.table.utf8CodeUnitCount
                } else if !patterns.isEmpty, let tagEnd = UTF8Search.first(Self.greaterThan, in: text, from: open) {
                    let tag = UnsafeBufferPointer(rebasing: text[open...tagEnd])
                    if patterns.contains(where: { pattern in pattern.withUnsafeBufferPointer { UTF8Search.first($0, in: tag, from: 0) != nil } }) {
                        emit(upTo: open, String(decoding: tag, as: UTF8.self).replacingLiterals(tagReplacements))
                        copied = tagEnd + 1
                    }
                }
                position = max(open + 1, copied)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied...]))
        }
        guard !footnotePrefix.isEmpty else { return output }
        var result = String(decoding: output, as: UTF8.self)
        for (old, new) in [("\"#fn-", "\"#\(footnotePrefix)fn-"), ("id=\"fn-", "id=\"\(footnotePrefix)fn-"),
                           ("\"#fnref-", "\"#\(footnotePrefix)fnref-"), ("id=\"fnref-", "id=\"\(footnotePrefix)fnref-")] {
            result = result.replacingLiteral(old, with: new)
        }
        return Array(result.utf8)
    }

    private static let lessThan: StaticString = "<"
    private static let greaterThan: StaticString = ">"
    private static let table: StaticString = "<table>"
    private static let checkbox: StaticString = "<input type=\"checkbox\""
    private static let checkedAttribute: StaticString = " checked"

    /// The level of an opening `<hN>` tag at `offset`, if there is one.
    private func headingLevel(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        guard offset + 4 <= text.count, text[offset + 1] == UInt8(ascii: "h"), text[offset + 3] == UInt8(ascii: ">"),
              (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(text[offset + 2])
        else { return nil }
        return Int(text[offset + 2] - UInt8(ascii: "0"))
    }
}
