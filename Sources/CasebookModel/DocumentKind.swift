/// The kinds of content file, named after their folder under `content/`.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case cases, evaluations, pages, slides

    /// The singular noun used in messages.
    public var noun: Message {
        switch self {
        case .cases: return "case"
        case .evaluations: return "evaluation"
        case .pages: return "page"
        case .slides: return "deck"
        }
    }
}
