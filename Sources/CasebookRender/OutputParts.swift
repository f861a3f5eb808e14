/// The outputs a build makes besides the website's pages: `casebook build --only web` leaves
/// out the print book, the slide decks and their PDFs (for quick checks and the benchmark).
public struct OutputParts: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The website: home, cases, municipalities, results, browse and free pages, search.
    public static let web = OutputParts(rawValue: 1 << 0)
    /// The printable book and its PDF.
    public static let print = OutputParts(rawValue: 1 << 1)
    /// Slide decks and their PDFs.
    public static let slides = OutputParts(rawValue: 1 << 2)
    public static let all: OutputParts = [.web, .print, .slides]

    /// The part named `name` (`web`, `print`, `slides`), as written after `--only`.
    public init?(name: String) {
        switch name {
        case "web": self = .web
        case "print": self = .print
        case "slides": self = .slides
        default: return nil
        }
    }
}
