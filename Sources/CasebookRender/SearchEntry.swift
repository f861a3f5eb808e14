import Foundation

/// One searchable page, as written to `<lang>/search/index.js`.
struct SearchEntry: Encodable {
    var title: String
    /// Output path of the page (made relative to the search page when written).
    var url: String
    var kind: String
    var summary: String
    var text: String

    /// Characters of a page's text the index keeps.
    static let textLimit = 6000
}
