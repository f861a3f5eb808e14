import Foundation

/// Turns the footnotes that cmark-gfm collects at the end of a body into page footnotes:
/// each note's text moves to where it is referenced, as `<span class="footnote">`, which
/// the print stylesheet floats to the foot of the page (`float: footnote`) and a browser
/// shows in brackets in the text.
///
/// A note that holds more than paragraphs (a list, a table, code) cannot live inside a
/// sentence; then the body keeps cmark's list of notes at its end.
enum PrintFootnotes {
    private static let blockTags = ["<ul", "<ol", "<pre", "<blockquote", "<table", "<div", "<h", "<dl", "<hr", "<figure", "<section"]

    static func inline(_ html: String) -> String {
        guard let start = html.range(of: "<section class=\"footnotes\" data-footnotes>"),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return html }
        let section = String(html[start.upperBound..<end.lowerBound])
        var notes: [String: String] = [:]
        for item in PrintHTMLRewriter.matches(##"<li id="fn-([^"]+)">\n?(.*?)</li>\n?(?=<li id="fn-|</ol>)"##, in: section) {
            var text = PrintHTMLRewriter.replace(##"\s*<a href="#fnref-[^"]*" class="footnote-backref"[^>]*>.*?</a>"##, in: item[2]) { _ in "" }
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.hasPrefix("<p>"), text.hasSuffix("</p>"), !blockTags.contains(where: { text.contains($0) }) else { return html }
            text = String(text.dropFirst(3).dropLast(4))
                .replacingOccurrences(of: "</p>\n<p>", with: "<br>")
            guard !text.contains("<p>") else { return html }
            notes[item[1]] = text
        }
        var placed = Set<String>()
        let body = String(html[..<start.lowerBound]) + String(html[end.upperBound...])
        return PrintHTMLRewriter.replace(##"<sup class="footnote-ref"><a href="#fn-([^"]+)" id="fnref-[^"]+" data-footnote-ref>([^<]*)</a></sup>"##,
                                         in: body) { match in
            let label = match[1]
            guard let note = notes[label] else { return match[0] }
            // A note referenced again points back to where its text stands.
            if !placed.insert(label).inserted { return "<sup class=\"footnote-again\"><a href=\"#fn-\(label)\">\(match[2])</a></sup>" }
            return "<span class=\"footnote\" id=\"fn-\(label)\">\(note)</span>"
        }
    }
}
