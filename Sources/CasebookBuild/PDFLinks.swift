import CasebookSupport
import Foundation

/// The links of a page as the PDF made from it should have them. WeasyPrint 66 and later take a
/// link from `href` alone (the `-weasy-link` property the style sheets used to steer them with
/// is gone), and a relative `href` would become a `file://` link into the build folder on this
/// computer. So the PDF is made from a copy of the page in which a relative link takes its
/// page's address on the website (`data-url`, written when `base_url` is set) or is no link at
/// all; links within the document (`#…`) and to the web or mail are kept.
enum PDFLinks {
    /// `html` with every `<a href="…">` rewritten as above.
    static func rewrite(_ html: Data) -> Data {
        let bytes = [UInt8](html)
        var result = Data()
        result.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { text in
            var index = 0
            while let open = UTF8Search.first("<a ", in: text, from: index),
                  let close = text[open...].firstIndex(of: UInt8(ascii: ">")) {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<open]))
                result.append(contentsOf: tag(String(decoding: UnsafeBufferPointer(rebasing: text[open...close]), as: UTF8.self)).utf8)
                index = close + 1
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: text[index...]))
        }
        return result
    }

    /// One `<a …>` tag.
    static func tag(_ tag: String) -> String {
        guard let href = value(of: "href", in: tag) else { return tag }
        let kept = ["#", "http:", "https:", "mailto:"]
        if kept.contains(where: { href.value.hasPrefix($0) }) { return tag }
        var rewritten = tag
        if let url = value(of: "data-url", in: tag) {
            rewritten.replaceSubrange(href.range, with: " href=\"\(url.value)\"")
        } else {
            rewritten.removeSubrange(href.range)
        }
        return rewritten
    }

    /// The range of ` name="value"` (with its leading space) and the value.
    private static func value(of name: String, in tag: String) -> (range: Range<String.Index>, value: String)? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return (start.lowerBound..<tag.index(after: end), String(tag[start.upperBound..<end]))
    }
}
