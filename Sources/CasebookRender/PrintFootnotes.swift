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

    private static let itemPattern = ##"<li id="fn-([^"]+)">\n?(.*?)</li>\n?(?=<li id="fn-|</ol>)"##
    private static let backReferencePattern = ##"\s*<a href="#fnref-[^"]*" class="footnote-backref"[^>]*>.*?</a>"##
    private static let referencePattern =
        ##"<sup class="footnote-ref"><a href="#fn-([^"]+)" id="fnref-[^"]+" data-footnote-ref>([^<]*)</a></sup>"##

    static func inline(_ html: String) -> String {
        guard let start = html.range(of: "<section class=\"footnotes\" data-footnotes>"),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return html }
        let section = String(html[start.upperBound..<end.lowerBound])
        var notes: [String: String] = [:]
        for item in matches(itemPattern, in: section) {
            var text = replace(backReferencePattern, in: item[2]) { _ in "" }
            text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.hasPrefix("<p>"), text.hasSuffix("</p>"), !blockTags.contains(where: { text.contains($0) }) else { return html }
            text = String(text.dropFirst(3).dropLast(4))
                .replacingOccurrences(of: "</p>\n<p>", with: "<br>")
            guard !text.contains("<p>") else { return html }
            notes[item[1]] = text
        }
        var placed = Set<String>()
        let body = String(html[..<start.lowerBound]) + String(html[end.upperBound...])
        return replace(referencePattern, in: body) { match in
            let label = match[1]
            guard let note = notes[label] else { return match[0] }
            // A note referenced again points back to where its text stands.
            if !placed.insert(label).inserted { return "<sup class=\"footnote-again\"><a href=\"#fn-\(label)\">\(match[2])</a></sup>" }
            return "<span class=\"footnote\" id=\"fn-\(label)\">\(note)</span>"
        }
    }

    /// The capture groups of every match of `pattern` in one body (group 0 is the whole match).
    private static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let expression = expression(pattern) else { return [] }
        // One bridge to UTF-16 for all the matches: turning every NSRange back into a String
        // index costs more than the matching itself.
        let utf16 = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: utf16.length)).map { groups(of: $0, in: utf16) }
    }

    /// `text` with every match of `pattern` replaced by `transform(groups)`.
    private static func replace(_ pattern: String, in text: String, _ transform: ([String]) -> String) -> String {
        guard let expression = expression(pattern) else { return text }
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

    /// The three patterns above, compiled once (they are constants: compiling cannot fail).
    private static let compiled: [String: NSRegularExpression] = {
        let patterns = [itemPattern, backReferencePattern, referencePattern]
        return Dictionary(uniqueKeysWithValues: patterns.compactMap { pattern in
            (try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])).map { (pattern, $0) }
        })
    }()

    private static func expression(_ pattern: String) -> NSRegularExpression? { compiled[pattern] }

    private static func groups(of result: NSTextCheckingResult, in text: NSString) -> [String] {
        (0..<result.numberOfRanges).map { index in
            let range = result.range(at: index)
            return range.location == NSNotFound ? "" : text.substring(with: range)
        }
    }
}
