/// CLDR plural categories for whole numbers, for the languages a casebook is written in.
/// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html)
public enum PluralRules {
    public static func category(_ n: Int, language: String) -> String {
        let base = language.split(separator: "-").first.map(String.init) ?? language
        let n = abs(n)
        switch base {
        case "ru", "uk", "be":
            let mod10 = n % 10, mod100 = n % 100
            if mod10 == 1 && mod100 != 11 { return "one" }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return "few" }
            return "many"
        case "kk", "ky", "en", "de", "tg", "uz":
            return n == 1 ? "one" : "other"
        default:
            return n == 1 ? "one" : "other"
        }
    }
}
