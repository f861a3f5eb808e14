import CasebookRender
import Testing

@Suite struct PluralAndNumberTests {
    static let russian = UIStrings(language: "ru", plurals: ["cases_count": ["one": "{n} кейс", "few": "{n} кейса", "many": "{n} кейсов"]])
    static let english = UIStrings(language: "en", plurals: ["cases_count": ["one": "{n} case", "other": "{n} cases"]])

    @Test(arguments: [(0, "0 кейсов"), (1, "1 кейс"), (2, "2 кейса"), (4, "4 кейса"), (5, "5 кейсов"), (11, "11 кейсов"),
                      (12, "12 кейсов"), (21, "21 кейс"), (22, "22 кейса"), (111, "111 кейсов"), (1001, "1001 кейс")])
    func russianPlurals(count: Int, text: String) {
        #expect(Self.russian.count(count, "cases_count") == text)
    }

    @Test(arguments: [(1, "1 case"), (2, "2 cases"), (0, "0 cases"), (21, "21 cases")])
    func englishPlurals(count: Int, text: String) {
        #expect(Self.english.count(count, "cases_count") == text)
    }

    @Test func numbersFollowTheLanguage() {
        #expect(NumberFormat.integer(1_850_000, language: "ru") == "1\u{00A0}850\u{00A0}000")
        #expect(NumberFormat.integer(1_850_000, language: "en") == "1,850,000")
        #expect(NumberFormat.integer(2022, language: "ru") == "2022")
        #expect(NumberFormat.decimal(54.92, language: "ru") == "54,9")
        #expect(NumberFormat.decimal(54.92, language: "en") == "54.9")
        #expect(NumberFormat.decimal(58, language: "en") == "58")
        #expect(NumberFormat.percent(72.5, language: "ru") == "72,5\u{00A0}%")
    }

    @Test(arguments: [
        (0, "0", "0"), (7, "7", "7"), (999, "999", "999"), (1000, "1000", "1,000"),
        (12_345, "12\u{00A0}345", "12,345"), (100_000, "100\u{00A0}000", "100,000"),
        (-1500, "\u{2212}1500", "\u{2212}1,500"), (-25_000, "\u{2212}25\u{00A0}000", "\u{2212}25,000"),
        (Int.min, "\u{2212}9\u{00A0}223\u{00A0}372\u{00A0}036\u{00A0}854\u{00A0}775\u{00A0}808",
         "\u{2212}9,223,372,036,854,775,808"),
    ])
    func integersGroupDigitsByThree(value: Int, russian: String, english: String) {
        #expect(NumberFormat.integer(value, language: "ru") == russian)
        #expect(NumberFormat.integer(value, language: "en") == english)
        #expect(NumberFormat.integer(value, language: "ky") == russian)
    }

    @Test(arguments: [
        ("ru/cases/a/index.html", "ru/cases/b/index.html", "../b/index.html"),
        ("ru/cases/a/index.html", "assets/casebook.css", "../../../assets/casebook.css"),
        ("ru/index.html", "en/index.html", "../en/index.html"),
        ("index.html", "ru/index.html", "ru/index.html"),
        ("ru/search/index.html", "ru/cases/a/index.html", "../cases/a/index.html"),
    ])
    func relativeURLs(from: String, to: String, expected: String) {
        #expect(RelativeURL.from(from, to: to) == expected)
    }
}
