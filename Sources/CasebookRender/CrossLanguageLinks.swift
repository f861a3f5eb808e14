import Foundation

/// Body links that lead to a page in another language (its translation is missing): each gets
/// `hreflang` and says so after its text, "(in Russian)", so a reader knows before following it.
struct CrossLanguageLinks {
    /// The resolved URL of each such link and the language of the page it leads to.
    var targets: [String: String] = [:]

    var isEmpty: Bool { targets.isEmpty }

    /// `html` with every `<a href="url">…</a>` of a target marked; other links are left as they are.
    func marking(_ html: String, strings: UIStrings) -> String {
        guard !targets.isEmpty else { return html }
        var html = html
        for (url, language) in targets.sorted(by: { $0.key < $1.key }) {
            let opening = "<a href=\"\(HTML.escape(url))\""
            let note = " <span class=\"lang-note\">(\(HTML.escape(strings["in_language_\(language)"])))</span>"
            var result = ""
            var rest = html[...]
            while let start = rest.range(of: opening) {
                result += rest[..<start.upperBound]
                result += " hreflang=\"\(language)\""
                rest = rest[start.upperBound...]
                guard let close = rest.range(of: "</a>") else { break }
                result += rest[..<close.upperBound]
                result += note
                rest = rest[close.upperBound...]
            }
            html = result + rest
        }
        return html
    }
}
