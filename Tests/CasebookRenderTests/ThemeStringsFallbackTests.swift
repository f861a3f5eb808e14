import CasebookModel
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// A theme of one's own that lacks interface strings: each key takes the built-in theme's text
/// in its language, then the default language's; one warning per strings file names the keys.
@Suite struct ThemeStringsFallbackTests {
    static let documents = ["content/cases/water.ru.md": Doc.case(), "content/cases/water.en.md": Doc.translation()]

    /// A casebook whose theme `mine` is a copy of the default theme, edited by `edit`.
    func casebook(languages: String = "[ru, en]", edit: (TemporaryCasebook) throws -> Void) throws -> TemporaryCasebook {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "theme: default", with: "theme: mine")
            .replacingOccurrences(of: "languages: [ru, en]", with: "languages: \(languages)")
        let book = try TemporaryCasebook(config: config, files: Self.documents)
        try FileManager.default.moveItem(at: book.root.appendingPathComponent("themes/default"),
                                         to: book.root.appendingPathComponent("themes/mine"))
        try edit(book)
        return book
    }

    func remove(_ lines: [String], from path: String, in book: TemporaryCasebook) throws {
        var text = try #require(book.read(path))
        for line in lines {
            #expect(text.contains(line + "\n"), "\(path) has no line \(line)")
            text = text.replacingOccurrences(of: line + "\n", with: "")
        }
        try book.write(path, text)
    }

    @Test func missingKeysTakeTheBuiltInThemesTextInTheirLanguage() throws {
        let book = try casebook { book in
            try remove(["search_title: \"Поиск\""], from: "themes/mine/strings/ru.yml", in: book)
            try remove(["search_title: \"Search\"", "nav_search: \"Search\"", "cases_count:", "  one: \"{n} case\"", "  other: \"{n} cases\""],
                       from: "themes/mine/strings/en.yml", in: book)
        }
        #expect(book.check() == [
            "themes/mine/strings/en.yml:1:1: warning: missing 3 strings: cases_count, nav_search, search_title; the built-in theme's texts are used",
            "themes/mine/strings/ru.yml:1:1: warning: missing 1 string: search_title; the built-in theme's texts are used",
        ])
        #expect(book.build().wrote)
        let ruSearch = try #require(book.read("site/ru/search/index.html"))
        #expect(ruSearch.contains("<title>Поиск"))
        #expect(!ruSearch.contains("search_title"))
        let enSearch = try #require(book.read("site/en/search/index.html"))
        #expect(enSearch.contains("<title>Search"))
        #expect(!enSearch.contains("search_title"))
        #expect(book.read("site/en/index.html")?.contains(">Search</a>") == true)
        // The plural forms come whole from the same language: "1 case", not the "other" form.
        #expect(book.read("site/en/cases/index.html")?.contains("1 case<") == true)
    }

    @Test func aKeyTheBuiltInThemeLacksFallsBackToTheDefaultLanguageAndAnUnknownOneStaysEmpty() throws {
        let book = try casebook { book in
            let ru = try #require(book.read("themes/mine/strings/ru.yml"))
            try book.write("themes/mine/strings/ru.yml", ru + "own_note: \"Своя заметка\"\n")
            let page = try #require(book.read("themes/mine/templates/page.mustache"))
            try book.write("themes/mine/templates/page.mustache", page + "<p>{{t.own_note}} {{t.nowhere_key}}</p>\n")
        }
        try book.write("content/pages/about.ru.md", "---\ntitle: О нас\n---\nТекст.\n")
        try book.write("content/pages/about.en.md", "---\ntitle: About\n---\nText.\n")
        #expect(book.check() == ["themes/mine/strings/en.yml:1:1: warning: missing 1 string: own_note; the ru texts are used"])
        #expect(book.build().wrote)
        // A key no strings file has stays as before: a template shows nothing for it.
        #expect(book.read("site/en/about/index.html")?.contains("<p>Своя заметка </p>") == true)
    }

    @Test func aThemeWithoutAStringsFileForALanguageUsesTheBuiltInOne() throws {
        let book = try casebook { book in
            try FileManager.default.removeItem(at: book.root.appendingPathComponent("themes/mine/strings/en.yml"))
        }
        #expect(book.check() == ["themes/mine/strings/en.yml: warning: no interface strings for 'en'; the built-in theme's are used"])
        #expect(book.build().wrote)
        #expect(book.read("site/en/search/index.html")?.contains("<title>Search") == true)
    }

    @Test func aStringsFileWithAnErrorGetsNoListOfMissingKeysBesideIt() throws {
        let book = try casebook { book in
            let en = try #require(book.read("themes/mine/strings/en.yml"))
            try book.write("themes/mine/strings/en.yml", en.replacingOccurrences(of: "nav_search: \"Search\"", with: "nav_search: [a, b]"))
        }
        #expect(book.check() == ["themes/mine/strings/en.yml:13:1: error: string 'nav_search' must be text or a map of plural forms"])
        #expect(!book.build().wrote)
    }

    @Test func theWarningIsInTheMessageLanguage() throws {
        let book = try casebook { book in
            try remove(["search_title: \"Search\"", "nav_search: \"Search\""], from: "themes/mine/strings/en.yml", in: book)
        }
        let config = try #require(book.load().0?.config)
        let diagnostics = ThemeLoader(root: book.root, config: config).load().1
        #expect(diagnostics.sorted.map { $0.message.rendered(in: .russian) } == [
            "нет 2 строк: nav_search, search_title; используются тексты встроенной темы",
        ])
    }

    /// The built-in theme's Kyrgyz strings leave some keys out on purpose (README, Themes):
    /// they show in Russian, with one warning that names them all, whether the theme is the
    /// built-in one or an unchanged folder on disk.
    @Test(arguments: [false, true])
    func kyrgyzStringsTheBuiltInThemeLacksShowInRussianWithOneWarning(themeOnDisk: Bool) throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "languages: [ru, en]", with: "languages: [ru, en, ky]")
        let book = try TemporaryCasebook(config: config, files: Self.documents, copyTheme: themeOnDisk)
        let themeLines = book.check().filter { $0.hasPrefix("themes/") }
        #expect(themeLines.count == 1)
        let line = try #require(themeLines.first)
        #expect(line == "themes/default/strings/ky.yml:1:1: warning: missing 25 strings: browse_by, cases_description, "
            + "chart_bands_desc, chart_bands_title, chart_criteria_desc, chart_regions_desc, chart_scores_desc, chart_scores_title, "
            + "home_results_text, municipalities_description, not_evaluated, print_as_of, print_date, print_evaluations, "
            + "print_months, print_see_page, related_evaluation, results_description, score_legend, sedp, sedps, "
            + "sedps_count_label, sedps_evaluated, top_ranked, year; the ru texts are used")
        #expect(book.build().wrote)
        #expect(book.read("site/ky/cases/index.html")?.contains("<p class=\"browse-links\">Смотреть по: ") == true)
    }
}
