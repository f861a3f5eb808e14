import CasebookTestSupport
import Foundation
import Testing

@Suite struct ThemeTests {
    @Test func aStringMissingFromAnEjectedThemeIsTheBuiltInThemesWithAWarning() throws {
        let book = try TemporaryCasebook(files: ["content/cases/water.ru.md": Doc.case(), "content/cases/water.en.md": Doc.translation()])
        let strings = try #require(book.read("themes/default/strings/en.yml"))
        try book.write("themes/default/strings/en.yml", strings.replacingOccurrences(of: "nav_search: \"Search\"\n", with: ""))
        #expect(book.check() == ["themes/default/strings/en.yml:1:1: warning: missing 1 string: nav_search; the built-in theme's texts are used"])
        #expect(book.build().wrote)
        #expect(book.read("site/en/index.html")?.contains(">Search</a>") == true)
    }

    /// Every `{{t.key}}` a template uses exists in every language of the default theme.
    @Test func everyTemplateStringExists() throws {
        let folder = TemporaryCasebook.repository.appendingPathComponent("themes/default")
        var used = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("templates").path) {
            let text = try String(contentsOf: folder.appendingPathComponent("templates/\(name)"), encoding: .utf8)
            var rest = text[...]
            while let range = rest.range(of: "{{t.") {
                let tail = rest[range.upperBound...]
                let key = tail.prefix { $0.isLetter || $0 == "_" || $0.isNumber || $0 == "-" }
                used.insert(String(key))
                rest = tail
            }
        }
        #expect(used.count > 20)
        for language in ["ru", "en"] {
            let strings = try String(contentsOf: folder.appendingPathComponent("strings/\(language).yml"), encoding: .utf8)
            let keys = Set(strings.split(separator: "\n").compactMap { line -> String? in
                guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") else { return nil }
                return String(line[..<colon])
            })
            #expect(used.subtracting(keys).isEmpty, "\(language).yml lacks \(used.subtracting(keys).sorted())")
        }
    }
}

@Suite struct HeadingIDTests {
    @Test func bodyHeadingsNeverTakeAnIDOfTheLayout() throws {
        let book = try TemporaryCasebook(files: ["content/pages/home.ru.md": "---\ntitle: \"Главная\"\n---\n## Featured\n\n## Explore\n"])
        #expect(book.build().wrote)
        let home = try #require(book.read("site/ru/index.html"))
        #expect(home.contains("<h2 id=\"featured-1\">Featured</h2>"))
        #expect(home.contains("<h2 id=\"explore-1\">Explore</h2>"))
        #expect(home.contains("<h2 id=\"featured\">"))
    }

    /// Case pages are rendered on every core, each with its own body renderer: it must know
    /// the theme's ids too, and the ids of the charts the page adds.
    @Test func caseHeadingsStepAroundTheIDsOfTheThemeAndTheCharts() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/water.ru.md": Doc.case(body: "## Highlights title\n\nТекст.\n\n## Funding chart\n\nТекст.\n\n## Main\n\nТекст.\n"),
        ])
        #expect(book.build().wrote)
        let page = try #require(book.read("site/ru/cases/water/index.html"))
        #expect(page.contains("<h2 id=\"highlights-title-1\">Highlights title</h2>"))
        #expect(page.contains("<h2 id=\"funding-chart-1\">Funding chart</h2>"))
        #expect(page.contains("<h2 id=\"main-1\">Main</h2>"))
    }
}
