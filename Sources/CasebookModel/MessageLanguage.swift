/// The language casebook speaks to the person running it: English unless they ask for Russian.
public enum MessageLanguage: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case russian = "ru"

    /// The language for a language code or a locale name: `ru`, `ru_RU.UTF-8`, `ru-RU`;
    /// nil for a language without a catalogue.
    public init?(code: String) {
        let language = code.prefix { $0.isLetter }.lowercased()
        guard let known = MessageLanguage(rawValue: language) else { return nil }
        self = known
    }

    /// Which of the forms in a `{0#…|…}` placeholder goes with `count`: English has one and
    /// other; Russian one (1, 21), few (2–4, 22–24) and many (5–20, 25…).
    public func pluralForm(_ count: Int) -> Int {
        switch self {
        case .english:
            return count == 1 ? 0 : 1
        case .russian:
            let units = abs(count) % 10, tens = abs(count) % 100
            if units == 1 && tens != 11 { return 0 }
            if (2...4).contains(units) && !(12...14).contains(tens) { return 1 }
            return 2
        }
    }

    /// `text` in the language's quotation marks: 'x' in English, «x» in Russian.
    public func quoted(_ text: String) -> String {
        switch self {
        case .english: return "'\(text)'"
        case .russian: return "«\(text)»"
        }
    }

    /// The first choice that is set: `--lang X` (or `--lang=X`) among `arguments`, then
    /// CASEBOOK_LANG, then the locale as POSIX orders it (LC_ALL, LC_MESSAGES, LANG).
    /// `--lang` for a language without messages (`--lang ky` for an export) passes the choice on;
    /// a locale without them (`LANG=C`) means English.
    public static func chosen(arguments: [String], environment: [String: String]) -> MessageLanguage {
        if let code = option("--lang", in: arguments), let language = MessageLanguage(code: code) { return language }
        for name in ["CASEBOOK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return MessageLanguage(code: value) ?? .english }
        }
        return .english
    }

    /// The value of `--name X` or `--name=X`, read before the command line is parsed (the help
    /// texts are made in the chosen language); nothing after `--` is an option.
    static func option(_ name: String, in arguments: [String]) -> String? {
        var found: String?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == name, index + 1 < arguments.endIndex {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix(name + "=") {
                found = String(argument.dropFirst(name.count + 1))
            }
            index += 1
        }
        return found
    }
}
