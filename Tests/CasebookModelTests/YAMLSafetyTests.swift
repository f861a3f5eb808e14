import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// YAML that would mislead or exhaust the loader: quoted booleans, control characters, line
/// breaks no editor shows, anchors and aliases.
@Suite struct YAMLSafetyTests {
    func messages(_ files: [String: String]) throws -> [String] {
        try TemporaryCasebook(files: files).loadMessages()
    }

    @Test func quotedTrueIsTextNotABoolean() throws {
        #expect(try messages(["content/cases/x.ru.md": Doc.case(extra: "draft: \"true\"")]) == [
            "content/cases/x.ru.md:7:8: error: 'draft' must be true or false written without quotes, not \"true\"",
        ])
    }

    @Test func yesIsABooleanAsInYAML11() throws {
        let book = try TemporaryCasebook(files: ["content/cases/x.ru.md": Doc.case(extra: "draft: yes")])
        let (site, diagnostics) = book.load(drafts: true)
        #expect(diagnostics.all.isEmpty)
        #expect(site?.cases.first?.draft == true)
    }

    @Test func nulCharacterIsALocatedError() throws {
        #expect(try messages(["content/cases/x.ru.md": Doc.case("Ке\u{0}йс")]) == [
            "content/cases/x.ru.md:2:11: error: NUL character U+0000 is not allowed in YAML; remove it",
        ])
    }

    @Test func controlCharactersAndInvisibleLineBreaksAreLocatedErrors() throws {
        let text = "---\ntitle: \"a\u{1B}b\"\nsummary: one\u{2028}two\nmunicipality: alpha\u{85}\nsectors: [water]\ntarget_groups: [women\u{2029}]\n---\n"
        #expect(try messages(["content/cases/x.ru.md": text]) == [
            "content/cases/x.ru.md:2:10: error: control character U+001B is not allowed in YAML; remove it",
            "content/cases/x.ru.md:3:13: error: line separator U+2028 is not allowed in YAML; remove it",
            "content/cases/x.ru.md:4:20: error: next-line character U+0085 is not allowed in YAML; remove it",
            "content/cases/x.ru.md:6:22: error: paragraph separator U+2029 is not allowed in YAML; remove it",
        ])
    }

    @Test func byteOrderMarkAndNonCharactersInsideTheText() throws {
        let text = "---\ntitle: \"a\u{FEFF}b\"\nsummary: \"c\u{FFFE}\"\nmunicipality: alpha\nsectors: [water]\ntarget_groups: [women]\n---\n"
        let found = try messages(["content/cases/x.ru.md": text])
        #expect(found == [
            "content/cases/x.ru.md:2:10: error: byte-order mark U+FEFF is not allowed in YAML; remove it",
            "content/cases/x.ru.md:3:12: error: non-character U+FFFE is not allowed in YAML; remove it",
        ])
    }

    /// Front matter only Yams reads (a folded text) gives the same tree, positions included.
    @Test func yamsReadFrontMatterKeepsItsPositions() throws {
        let text = "---\ntitle: \"Кейс\"\nsummary: >\n  folded\n  text\nmunicipality: alpha\nsectors: [watr]\ntarget_groups: [women]\n---\n"
        #expect(try messages(["content/cases/x.ru.md": text]) == [
            "content/cases/x.ru.md:7:11: error: unknown sector 'watr' (did you mean 'water'?)",
        ])
    }

    @Test func anchorsAndAliasesAreRefused() throws {
        let text = "---\ntitle: &t \"Кейс\"\nsummary: *t\nmunicipality: alpha\nsectors: [water]\ntarget_groups: [women]\n---\n"
        #expect(try messages(["content/cases/x.ru.md": text]) == [
            "content/cases/x.ru.md:2:8: error: YAML anchors and aliases (&name, *name) are not allowed; write the value out in full",
        ])
    }

    /// Nine levels of nested aliases (9^9 copies if expanded) in a shared field of both
    /// translations: refused at once instead of minutes and gigabytes of comparison.
    @Test func nestedAliasesCostNothing() throws {
        var lines = ["sectors:", "  - &a0 water"]
        for level in 1...9 {
            lines.append("  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let bomb = lines.joined(separator: "\n")
        let ru = "---\ntitle: \"Кейс\"\nsummary: \"Кратко.\"\nmunicipality: alpha\ntarget_groups: [women]\n\(bomb)\n---\n"
        let en = "---\ntitle: \"Case\"\nsummary: \"Short.\"\n\(bomb)\n---\n"
        let start = Date()
        let found = try messages(["content/cases/x.ru.md": ru, "content/cases/x.en.md": en])
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(found == [
            "content/cases/x.en.md:5:5: error: YAML anchors and aliases (&name, *name) are not allowed; write the value out in full",
            "content/cases/x.ru.md:7:5: error: YAML anchors and aliases (&name, *name) are not allowed; write the value out in full",
        ])
    }
}
