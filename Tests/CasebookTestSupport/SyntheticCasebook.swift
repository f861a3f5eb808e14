import Foundation

/// A casebook of many generated cases in two languages, for tests that need volume: bodies use
/// every Markdown construct the generator meets (headings, lists, tables, footnotes, task
/// lists, strikethrough, autolinks, links between cases, generated blocks).
public enum SyntheticCasebook {
    /// `count` cases (ids `case-001` …), each in ru and en, plus two evaluations and a page.
    public static func make(cases count: Int) throws -> TemporaryCasebook {
        var files: [String: String] = [:]
        let municipalities = ["alpha", "beta", "gamma", "delta"]
        let sectors = ["water", "preschool"]
        for index in 1...count {
            let id = String(format: "case-%03d", index)
            let other = String(format: "case-%03d", index % count + 1)
            files["content/cases/\(id).ru.md"] = Doc.case("Кейс номер \(index)", municipality: municipalities[index % 4],
                                                          extra: "year: \(2015 + index % 8)\nbudget_kgs: \(index * 1000)",
                                                          body: body(index, other: other, language: "ru"))
                .replacingOccurrences(of: "sectors: [water]", with: "sectors: [\(sectors[index % 2])]")
            files["content/cases/\(id).en.md"] = Doc.translation("Case number \(index)", body: body(index, other: other, language: "en"))
        }
        files["content/evaluations/alpha.ru.md"] = Doc.evaluation("alpha", participation: 12, budgeting: 4,
                                                                   extra: "cases: [case-001]")
        files["content/evaluations/beta.ru.md"] = Doc.evaluation("beta", participation: 7, budgeting: 2)
        files["content/pages/about.ru.md"] = "---\ntitle: \"О сборнике\"\nmenu: 1\n---\n\n```casebook\nstats\n```\n\nТекст.\n"
        files["content/pages/about.en.md"] = "---\ntitle: \"About\"\n---\n\n```casebook\ncases: {sector: water}\n```\n"
        return try TemporaryCasebook(files: files)
    }

    static func body(_ index: Int, other: String, language: String) -> String {
        let word = language == "ru" ? "слово" : "word"
        var text = """
        ## \(language == "ru" ? "Проблема" : "Problem")

        \(String(repeating: "\(word) ", count: 20 + index % 30))~~\(word)~~ https://example.org/\(index) *\(word)*.[^1]

        ### \(language == "ru" ? "Что сделали" : "What was done")

        1. [\(word)](\(other).md) and [\(word)](\(other).md#problem)
        2. `code \(index)` — <b>raw</b>
        - [x] \(word)
        - [ ] \(word)

        | \(word) | 2020 | 2022 |
        |---|---:|---:|
        | a & b < c | \(index) | \(index * 2) |

        ## \(language == "ru" ? "Проблема" : "Problem")

        > \(word) "\(word)" 'x'

        [^1]: \(language == "ru" ? "Примечание" : "Note") \(index).

        """
        if index % 7 == 0 { text += "\n```casebook\nchart: sectors\n```\n" }
        if index % 11 == 0 { text += "\n```casebook\ncases: {sector: preschool}\n```\n" }
        return text
    }
}
