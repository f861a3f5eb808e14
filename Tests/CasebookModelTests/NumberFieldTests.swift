import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// Numbers typed by hand: out of range, overflowing, non-finite or in a spelling YAML reads
/// differently from what was meant are located errors, never a crash.
@Suite struct NumberFieldTests {
    func caseMessages(_ extra: String) throws -> [String] {
        try TemporaryCasebook(files: ["content/cases/x.ru.md": Doc.case(extra: extra)]).loadMessages()
    }

    func scoreMessages(_ participation: String) throws -> [String] {
        let text = "---\nmunicipality: alpha\nscores:\n  participation: \(participation)\n  budgeting: 2\n---\n"
        return try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md": text]).loadMessages()
    }

    @Test func yearBeyondIntIsOutOfRange() throws {
        #expect(try caseMessages("year: 99999999999999999999") == [
            "content/cases/x.ru.md:7:7: error: 'year' must be between 1991 and 2100, not 99999999999999999999",
        ])
    }

    @Test func yearBeforeTheRange() throws {
        #expect(try caseMessages("year: 1990") == [
            "content/cases/x.ru.md:7:7: error: 'year' must be between 1991 and 2100, not 1990",
        ])
    }

    @Test func budgetInExponentNotationIsNotAWholeNumber() throws {
        #expect(try caseMessages("budget_kgs: 1e19") == [
            "content/cases/x.ru.md:7:13: error: 'budget_kgs' must be a whole number, not '1e19'",
        ])
    }

    @Test func octalAndHexadecimalSpellingsAreRefused() throws {
        #expect(try caseMessages("budget_kgs: 010") == [
            "content/cases/x.ru.md:7:13: error: 'budget_kgs' must be written in plain decimal digits, not '010'",
        ])
        #expect(try caseMessages("weight: 0x1F") == [
            "content/cases/x.ru.md:7:9: error: 'weight' must be written in plain decimal digits, not '0x1F'",
        ])
    }

    @Test func underscoresGroupDigits() throws {
        let book = try TemporaryCasebook(files: ["content/cases/x.ru.md": Doc.case(extra: "budget_kgs: 1_250_000\nweight: -5")])
        let (site, diagnostics) = book.load()
        #expect(diagnostics.all.isEmpty)
        #expect(site?.cases.first?.budgetKGS == 1_250_000)
        #expect(site?.cases.first?.weight == -5)
    }

    @Test func quotedNumberIsText() throws {
        #expect(try caseMessages("year: \"2021\"") == [
            "content/cases/x.ru.md:7:7: error: 'year' must be a whole number written without quotes, not \"2021\"",
        ])
    }

    @Test func fundingSharesAtIntMaxAreOutOfRangeNotASum() throws {
        let extra = "funding:\n  - {source: donor, kgs: 9223372036854775807}\n  - {source: community, kgs: 9223372036854775807}"
        #expect(try caseMessages(extra) == [
            "content/cases/x.ru.md:8:26: error: 'kgs' must be between 0 and 1000000000000000, not 9223372036854775807",
            "content/cases/x.ru.md:9:30: error: 'kgs' must be between 0 and 1000000000000000, not 9223372036854775807",
        ])
    }

    /// Shares are at most 10^15 each, so it takes 9,224 of them to pass Int's range.
    @Test func fundingSumBeyondIntIsAnError() throws {
        let extra = "funding:\n" + String(repeating: "  - {source: donor, kgs: 1000000000000000}\n", count: 9_224)
        #expect(try caseMessages(extra) == [
            "content/cases/x.ru.md:8:3: error: funding adds up to more than 9223372036854775807 som",
        ])
    }

    @Test func beneficiariesAtIntMaxAreOutOfRange() throws {
        #expect(try caseMessages("beneficiaries: {total: 9223372036854775807, women: 1}") == [
            "content/cases/x.ru.md:7:24: error: 'beneficiaries.total' must be between 0 and 100000000, not 9223372036854775807",
        ])
    }

    @Test func beneficiariesBySexAboveTheTotalNameBothNumbers() throws {
        #expect(try caseMessages("beneficiaries: {total: 100, women: 40, men: 30, girls: 20, boys: 20, pwd: 90}") == [
            "content/cases/x.ru.md:7:16: error: beneficiaries by sex (women, men, girls, boys) add up to 110, more than the total 100",
        ])
    }

    @Test func hugeScoresAreOutOfRange() throws {
        #expect(try scoreMessages("99999999999999999999") == [
            "content/evaluations/alpha.ru.md:4:18: error: score 99999999999999999999 for 'participation' is out of range 0–15",
        ])
        #expect(try scoreMessages("1e19") == [
            "content/evaluations/alpha.ru.md:4:18: error: score 1e19 for 'participation' is out of range 0–15",
        ])
        #expect(try scoreMessages("1e400") == [
            "content/evaluations/alpha.ru.md:4:18: error: score 1e400 for 'participation' is out of range 0–15",
        ])
    }

    @Test func nonFiniteScoresAreRefused() throws {
        #expect(try scoreMessages(".inf") == [
            "content/evaluations/alpha.ru.md:4:18: error: 'scores.participation' must be a finite number, not '.inf'",
        ])
        #expect(try scoreMessages(".NaN") == [
            "content/evaluations/alpha.ru.md:4:18: error: 'scores.participation' must be a finite number, not '.NaN'",
        ])
    }

    @Test func decimalScoresStillRead() throws {
        let book = try TemporaryCasebook(files: ["content/evaluations/alpha.ru.md":
            "---\nmunicipality: alpha\nscores:\n  participation: 7.5\n  budgeting: .5\n---\n"])
        let (site, diagnostics) = book.load()
        #expect(diagnostics.all.isEmpty)
        #expect(site?.evaluations.first?.scores == ["participation": 7.5, "budgeting": 0.5])
    }

    @Test func rubricMaximumBeyondTheRange() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "{id: participation, max: 15,", with: "{id: participation, max: 1e300,")
        let found = try TemporaryCasebook(config: config).loadMessages()
        #expect(found == [
            "content/casebook.yml:28:32: error: 'max' must be between 0 and 1000, not 1e300",
        ])
    }

    @Test func bandMinimumMustBeFinite() throws {
        let config = TemporaryCasebook.config.replacingOccurrences(of: "{min: 10, id: responsive,", with: "{min: .inf, id: responsive,")
        let found = try TemporaryCasebook(config: config).loadMessages()
        #expect(found == [
            "content/casebook.yml:32:13: error: 'min' must be a finite number, not '.inf'",
        ])
    }
}
