/// The outputs a build can make, registered once.
public enum Outputs {
    /// Every output, in the order each language's files are queued (pages recorded earlier
    /// come first in the sitemap and the search index).
    public static let registered: [any Output] = [
        WebsitePages(),
        ResultsExports(),
        SlideDecks(),
        PrintBook(),
        EvaluationForms(),
    ]

    /// The names `--only` accepts, in registration order.
    public static var names: [String] { registered.map(\.name) }
}
