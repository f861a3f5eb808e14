import CasebookBuild
import CasebookModel
import CasebookTestSupport
import Testing

/// A document whose file failed to parse stays known by its id: what links to it or names it
/// is not reported, and the run prints only the document's own error (issue 17).
@Suite struct FailedDocumentTests {
    static let colonTitle = "---\ntitle: Детсад: новый\nsummary: \"Кратко.\"\nmunicipality: alpha\nsectors: [water]\ntarget_groups: [women]\nevaluation: alpha\n---\n## Проблема\n\nТекст.\n"

    /// Everything that refers to `water` (a case), `alpha` (an evaluation) and `about` (a page):
    /// a translation, an evaluation's list of cases, a case's evaluation, links from bodies.
    static func files(replacing path: String, with text: String) -> [String: String] {
        var files = [
            "content/cases/water.ru.md": Doc.case(extra: "evaluation: alpha"),
            "content/cases/water.en.md": Doc.translation(),
            "content/cases/pump.ru.md": Doc.case("Насос", extra: "evaluation: alpha",
                                                 body: "## Проблема\n\nСм. [воду](water.md), [оценку](../evaluations/alpha.md) и [о конкурсе](../pages/about.md).\n"),
            "content/evaluations/alpha.ru.md": Doc.evaluation("alpha", participation: 10, budgeting: 3, extra: "cases: [water, pump]"),
            "content/pages/about.ru.md": "---\ntitle: \"О конкурсе\"\n---\nСм. [воду](../cases/water.md).\n",
            "content/pages/about.en.md": "---\ntitle: \"About\"\n---\nSee [water](../cases/water.md).\n",
        ]
        files[path] = text
        return files
    }

    static func check(_ files: [String: String], in language: MessageLanguage) throws -> [String] {
        // With base_url set, the printable books link to the website without a warning.
        let book = try TemporaryCasebook(config: TemporaryCasebook.config + "base_url: https://example.org/casebook/\n", files: files)
        return BuildPipeline(options: .init(root: book.root)).check().diagnostics.sorted.map { $0.rendered(in: language) }
    }

    @Test func everythingReferredToLoadsCleanly() throws {
        // Without the mistake the run is clean, so that the tests below see only what it causes.
        let found = try Self.check(Self.files(replacing: "content/cases/water.ru.md", with: Doc.case(extra: "evaluation: alpha")), in: .english)
        #expect(found == [], "\(found)")
    }

    @Test func aCaseThatFailedToParseIsReportedOnce() throws {
        let files = Self.files(replacing: "content/cases/water.ru.md", with: Self.colonTitle)
        #expect(try Self.check(files, in: .english) == [
            "content/cases/water.ru.md:2:1: error: the value of 'title' contains ': ', which YAML reads as the start of another field; put the whole value in double quotes: title: \"Детсад: новый\"",
        ])
        #expect(try Self.check(files, in: .russian) == [
            "content/cases/water.ru.md:2:1: ошибка: значение поля «title» содержит «: », и YAML принимает это за начало нового поля; заключите всё значение в двойные кавычки: title: \"Детсад: новый\"",
        ])
    }

    @Test func aTranslationThatFailedToParseIsReportedOnce() throws {
        let files = Self.files(replacing: "content/cases/water.en.md", with: "---\ntitle: \"Case\nsummary: \"Short.\"\n---\nText.\n")
        #expect(try Self.check(files, in: .english) == [
            "content/cases/water.en.md:2:1: error: the quote (\") that opens the value of 'title' is never closed; end the value with \"",
        ])
    }

    @Test func anEvaluationThatFailedToParseIsReportedOnce() throws {
        let files = Self.files(replacing: "content/evaluations/alpha.ru.md",
                               with: "---\nmunicipality: alpha\ncases: [water, pump\nscores:\n  participation: 10\n  budgeting: 3\n---\nТекст.\n")
        #expect(try Self.check(files, in: .russian) == [
            "content/evaluations/alpha.ru.md:3:1: ошибка: скобка «[» в начале значения поля «cases» не закрыта скобкой «]» в той же строке; закройте её, а элементы с «, » или «: » заключите в двойные кавычки",
        ])
    }

    @Test func aPageThatFailedToParseIsReportedOnce() throws {
        let files = Self.files(replacing: "content/pages/about.ru.md", with: "---\ntitle: @конкурс\n---\nТекст.\n")
        #expect(try Self.check(files, in: .english) == [
            "content/pages/about.ru.md:2:1: error: the value of 'title' starts with '@', which has a meaning of its own in YAML; put the whole value in double quotes: title: \"@конкурс\"",
        ])
    }
}
