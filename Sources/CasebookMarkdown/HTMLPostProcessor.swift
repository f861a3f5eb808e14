/// Edits cmark-gfm's HTML where its renderer has no option: heading ids, footnote id
/// prefixes, directive placeholders, labels on task-list boxes.
///
/// Safe mode escapes every `<` that came from the author, so a literal `<h2>` in the output
/// can only be a heading cmark wrote; the n-th one gets the n-th heading id.
struct HTMLPostProcessor {
    var headingIDs: [String]
    var footnotePrefix: String

    func process(_ html: String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + headingIDs.count * 24)
        var headingIndex = 0
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            rest = rest[open...]
            if let level = headingLevel(at: rest), headingIndex < headingIDs.count {
                output += "<h\(level) id=\"\(headingIDs[headingIndex])\">"
                headingIndex += 1
                rest = rest.dropFirst(4)
            } else if rest.hasPrefix(DirectiveMarker.openingParagraph),
                      let close = rest.range(of: DirectiveMarker.closingParagraph) {
                let inner = rest[rest.index(rest.startIndex, offsetBy: DirectiveMarker.openingParagraph.count)..<close.lowerBound]
                output += RenderedMarkdown.placeholder(Int(inner) ?? 0)
                rest = rest[close.upperBound...]
            } else if rest.hasPrefix("<input type=\"checkbox\"") {
                let checked = rest.prefix(60).contains("checked")
                output += "<input type=\"checkbox\" aria-label=\"\(checked ? "✓" : "☐")\""
                rest = rest.dropFirst("<input type=\"checkbox\"".count)
            } else {
                output += "<"
                rest = rest.dropFirst()
            }
        }
        output += rest
        if !footnotePrefix.isEmpty {
            for (old, new) in [("\"#fn-", "\"#\(footnotePrefix)fn-"), ("id=\"fn-", "id=\"\(footnotePrefix)fn-"),
                               ("\"#fnref-", "\"#\(footnotePrefix)fnref-"), ("id=\"fnref-", "id=\"\(footnotePrefix)fnref-")] {
                output = output.replacingOccurrences(of: old, with: new)
            }
        }
        return output
    }

    /// The level of an opening `<hN>` tag at the start of `text`, if there is one.
    private func headingLevel(at text: Substring) -> Int? {
        let bytes = Array(text.utf8.prefix(4))
        guard bytes.count == 4, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "h"),
              bytes[3] == UInt8(ascii: ">"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[2])
        else { return nil }
        return Int(bytes[2] - UInt8(ascii: "0"))
    }
}
