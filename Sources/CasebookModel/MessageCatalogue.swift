/// The translations of the messages, one catalogue per language, compiled into the program.
/// English needs none: its text is the key.
public enum MessageCatalogue {
    /// The translation of `key`, nil where the language has none (the English text is shown).
    public static func template(for key: String, in language: MessageLanguage) -> String? {
        switch language {
        case .english: return nil
        case .russian: return russian[key]
        }
    }

    /// Every key the catalogue of `language` translates.
    public static func keys(in language: MessageLanguage) -> Set<String> {
        switch language {
        case .english: return []
        case .russian: return Set(russian.keys)
        }
    }
}
