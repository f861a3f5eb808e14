import CasebookRender
import CasebookSupport
import Foundation
internal import Crypto

/// What one PDF is made from: its HTML and every file that HTML and its style sheets refer
/// to (style sheets, images, fonts), found in the built folder, plus the settings of the
/// WeasyPrint run. Their fingerprint tells a rebuild whether the PDF it already has is still
/// the one WeasyPrint would make. Links to pages (`.html`) and to PDFs are not inputs:
/// WeasyPrint does not read them.
struct PDFInputs {
    /// Paths relative to the built folder, sorted; the HTML is among them.
    private(set) var files: [String] = []

    /// The inputs of `job` in `folder`.
    init(of job: PDFJob, in folder: URL) {
        var seen: Set<String> = [job.html]
        var queue = [job.html]
        while let path = queue.popLast() {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { continue }
            let isStyleSheet = path.hasSuffix(".css")
            for reference in Self.references(in: data, styleSheet: isStyleSheet) {
                guard let target = Self.resolve(reference, from: path), !seen.contains(target),
                      FileManager.default.fileExists(atPath: folder.appendingPathComponent(target).path) else { continue }
                seen.insert(target)
                queue.append(target)
            }
        }
        files = seen.sorted()
    }

    /// SHA-256 over the settings and over each input's path and bytes (nil when one cannot be read).
    func fingerprint(in folder: URL, settings: [String]) -> String? {
        var hasher = SHA256()
        for setting in settings { hasher.update(data: Data((setting + "\n").utf8)) }
        for file in files {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { return nil }
            hasher.update(data: Data("\(file)\n\(data.count)\n".utf8))
            hasher.update(data: data)
        }
        return Checksum.hex(hasher.finalize())
    }

    /// The values of `href="…"` and `src="…"` in HTML; of `url(…)` and `@import "…"` in CSS.
    static func references(in data: Data, styleSheet: Bool) -> [String] {
        let bytes = [UInt8](data)
        return bytes.withUnsafeBufferPointer { text in
            var found: [String] = []
            let openings: [StaticString] = styleSheet ? ["url(", "@import "] : ["href=\"", "src=\""]
            for opening in openings {
                var index = 0
                while let start = UTF8Search.first(opening, in: text, from: index) {
                    var valueStart = start + opening.utf8CodeUnitCount
                    var ends: [UInt8] = Array("\"\n".utf8)
                    if styleSheet {
                        // url("x"), url('x'), url(x), @import "x"
                        while valueStart < text.count, text[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
                        if valueStart < text.count, text[valueStart] == UInt8(ascii: "\"") || text[valueStart] == UInt8(ascii: "'") {
                            ends = [text[valueStart], UInt8(ascii: "\n")]
                            valueStart += 1
                        } else {
                            ends = Array(") ;\n".utf8)
                        }
                    }
                    var end = valueStart
                    while end < text.count, !ends.contains(text[end]) { end += 1 }
                    found.append(String(decoding: UnsafeBufferPointer(rebasing: text[valueStart..<end]), as: UTF8.self))
                    index = end
                }
            }
            return found
        }
    }

    /// A reference from the file at `path` as a path in the built folder; nil for anything
    /// WeasyPrint does not read as part of the PDF (an address, a fragment, a page, a PDF)
    /// and for a path that leaves the folder.
    static func resolve(_ reference: String, from path: String) -> String? {
        var target = Substring(reference)
        if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = target[..<cut] }
        let lowered = target.lowercased()
        guard !target.isEmpty, !target.contains(":"), !target.hasPrefix("/"),
              !lowered.hasSuffix(".html"), !lowered.hasSuffix(".pdf") else { return nil }
        let decoded = String(target).replacingOccurrences(of: "&amp;", with: "&").removingPercentEncoding ?? String(target)
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for part in decoded.split(separator: "/") {
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
