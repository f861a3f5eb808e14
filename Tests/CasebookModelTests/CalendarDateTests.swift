@testable import CasebookModel
import CasebookTestSupport
import Testing

/// Every date field holds a day the calendar has: `casebook.yml`'s `date`, `form.date` and a
/// deck's `date`; each impossible one is an error at its value, all of a file's (and, once
/// casebook.yml is right, all of the documents') in one run.
@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2022-06-30", nil),
        ("2024-02-29", nil),
        ("2000-02-29", nil),
        ("2022-12-31", nil),
        ("2022-06-31", "'date' is '2022-06-31', which is not a date: 2022-06 has 30 days"),
        ("2023-02-29", "'date' is '2023-02-29', which is not a date: 2023-02 has 28 days"),
        ("1900-02-29", "'date' is '1900-02-29', which is not a date: 1900-02 has 28 days"),
        ("2024-02-30", "'date' is '2024-02-30', which is not a date: 2024-02 has 29 days"),
        ("2022-01-32", "'date' is '2022-01-32', which is not a date: 2022-01 has 31 days"),
        ("2022-06-00", "'date' is '2022-06-00', which is not a date: 2022-06 has 30 days"),
        ("2022-13-01", "'date' is '2022-13-01', which is not a date: a year has 12 months"),
        ("2022-00-10", "'date' is '2022-00-10', which is not a date: a year has 12 months"),
        ("30.06.2022", "unwritten"),
        ("2022-6-30", "unwritten"),
        ("2022-06-3a", "unwritten"),
        ("２０２２-06-30", "unwritten"),
    ] as [(String, String?)])
    func aDateMustBeADayOfTheCalendar(_ text: String, _ expected: String?) {
        #expect(CalendarDate.problem(text, key: "date", unwritten: "unwritten")?.description == expected)
    }

    @Test func theMessageSaysTheNumberOfDaysInRussian() throws {
        let problem = try #require(CalendarDate.problem("2022-01-32", key: "date", unwritten: "unwritten"))
        #expect(problem.rendered(in: .russian) == "«date»: «2022-01-32» — такой даты нет: в месяце 2022-01 31 день")
        let february = try #require(CalendarDate.problem("2023-02-29", key: "form.date", unwritten: "unwritten"))
        #expect(february.rendered(in: .russian) == "«form.date»: «2023-02-29» — такой даты нет: в месяце 2023-02 28 дней")
    }

    /// `check` and `build` print exactly `expected`, and `build` writes nothing.
    func expectCheckAndBuild(_ book: TemporaryCasebook, report expected: [String]) throws {
        #expect(book.check() == expected)
        let report = book.build()
        #expect(!report.wrote)
        #expect(report.diagnostics.sorted.map(\.description) == expected)
        #expect(book.read("site/index.html") == nil)
    }

    @Test func everyImpossibleDateOfCasebookYmlIsAnErrorAtItsValue() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "date: 2022-06-30", with: "date: 2022-06-31")
            + "form:\n  date: 2023-02-29\n"
        let book = try TemporaryCasebook(config: config)
        let expected = [
            "content/casebook.yml:3:7: error: 'date' is '2022-06-31', which is not a date: 2022-06 has 30 days",
            "content/casebook.yml:34:9: error: 'form.date' is '2023-02-29', which is not a date: 2023-02 has 28 days",
        ]
        try expectCheckAndBuild(book, report: expected)
    }

    @Test func everyImpossibleDateOfTheDecksIsAnErrorAtItsValue() throws {
        let book = try TemporaryCasebook(files: [
            "content/slides/award.ru.md": "---\ntitle: \"Итоги\"\ndate: 2022-04-31\n---\n## Слайд\n\nТекст.\n",
            "content/slides/award.en.md": "---\ntitle: \"Results\"\n---\n## Slide\n\nText.\n",
            "content/slides/review.ru.md": "---\ntitle: \"Обзор\"\ndraft: false\ndate: 2021-02-29\n---\n## Слайд\n\nТекст.\n",
        ])
        let expected = [
            "content/slides/award.ru.md:3:7: error: 'date' is '2022-04-31', which is not a date: 2022-04 has 30 days",
            "content/slides/review.ru.md:4:7: error: 'date' is '2021-02-29', which is not a date: 2021-02 has 28 days",
        ]
        try expectCheckAndBuild(book, report: expected)
    }

    @Test func aLeapDayIsAccepted() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "date: 2022-06-30", with: "date: 2024-02-29")
        let book = try TemporaryCasebook(config: config, files: [
            "content/slides/award.ru.md": "---\ntitle: \"Итоги\"\ndate: 2000-02-29\n---\n## Слайд\n\nТекст.\n",
        ])
        #expect(book.check() == [])
        #expect(book.load().0?.config.date == "2024-02-29")
    }
}
