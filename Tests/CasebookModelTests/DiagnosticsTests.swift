import CasebookModel
import CasebookTestSupport
import Foundation
import Testing

/// Each kind of bad input gets its own clear, located message.
@Suite struct ContentDiagnosticsTests {
    func messages(_ files: [String: String]) throws -> [String] {
        try TemporaryCasebook(files: files).loadMessages()
    }

    @Test func validCaseLoadsWithoutMessages() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/water.ru.md": Doc.case(),
            "content/cases/water.en.md": Doc.translation(),
        ])
        let (site, diagnostics) = book.load()
        #expect(diagnostics.all.isEmpty)
        #expect(site?.cases.map(\.id) == ["water"])
        #expect(site?.cases.first?.translations.keys.sorted() == ["en", "ru"])
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = "\u{FEFF}" + Doc.case().replacingOccurrences(of: "\n", with: "\r\n")
        let book = try TemporaryCasebook(files: ["content/cases/water.ru.md": text])
        let (site, diagnostics) = book.load()
        #expect(diagnostics.all.isEmpty)
        #expect(site?.cases.first?.translations["ru"]?.title == "Кейс")
    }

    @Test func tabsInFrontMatterIndentation() throws {
        let text = "---\ntitle: \"T\"\nsummary: \"S\"\nmunicipality: alpha\nsectors:\n\t- water\ntarget_groups: [women]\n---\n"
        #expect(try messages(["content/cases/x.ru.md": text]) == [
            "content/cases/x.ru.md:6:1: error: tab character in YAML indentation; indent with spaces",
        ])
    }

    @Test func emptyFile() throws {
        #expect(try messages(["content/cases/x.ru.md": "\n"]) == [
            "content/cases/x.ru.md:1:1: error: file is empty; it must start with front matter between '---' lines",
        ])
    }

    @Test func fileWithoutFrontMatter() throws {
        #expect(try messages(["content/cases/x.ru.md": "# Title\n\nText\n"]) == [
            "content/cases/x.ru.md:1:1: error: no front matter: the file must start with a '---' line, then YAML fields, then another '---' line",
        ])
    }

    @Test func unclosedFrontMatter() throws {
        #expect(try messages(["content/cases/x.ru.md": "---\ntitle: x\n"]) == [
            "content/cases/x.ru.md:1:1: error: front matter is not closed: add a '---' line after the last field",
        ])
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let book = try TemporaryCasebook()
        var data = Data("---\ntitle: \"".utf8)
        data.append(contentsOf: [0xD0, 0x28])
        data.append(contentsOf: Data("\"\n---\n".utf8))
        try book.write("content/cases/x.ru.md", data)
        #expect(book.loadMessages() == [
            "content/cases/x.ru.md: error: invalid UTF-8 at byte offset 12; save the file as UTF-8",
        ])
    }

    @Test func loneCarriageReturnIsRejected() throws {
        #expect(try messages(["content/cases/x.ru.md": "---\rtitle: x\n"]) == [
            "content/cases/x.ru.md: error: carriage return without line feed at byte offset 3; use LF or CRLF line endings",
        ])
    }

    @Test func yamlSyntaxErrorKeepsItsLineInTheFile() throws {
        let text = "---\ntitle: \"T\"\nsummary: \"S\nmunicipality: alpha\n---\n"
        #expect(try messages(["content/cases/x.ru.md": text]) == [
            "content/cases/x.ru.md:3:1: error: the quote (\") that opens the value of 'summary' is never closed; end the value with \"",
        ])
    }

    @Test func duplicateDocumentInTheDefaultLanguage() throws {
        #expect(try messages([
            "content/cases/water.md": Doc.case(),
            "content/cases/water.ru.md": Doc.case(),
        ]) == [
            "content/cases/water.ru.md: error: duplicate case 'water' in ru: content/cases/water.md is the same document\n  note: a file without a language part is in the default language (ru)",
        ])
    }

    @Test func unknownFieldSuggestsTheClosest() throws {
        #expect(try messages(["content/cases/water.ru.md": Doc.case(extra: "titel: x")]) == [
            "content/cases/water.ru.md:7:1: error: unknown field 'titel' in a case (did you mean 'title'?)",
        ])
    }

    @Test func unknownVocabularyIDSuggestsTheClosest() throws {
        let text = Doc.case().replacingOccurrences(of: "sectors: [water]", with: "sectors: [watter]")
        #expect(try messages(["content/cases/water.ru.md": text]) == [
            "content/cases/water.ru.md:5:11: error: unknown sector 'watter' (did you mean 'water'?)",
        ])
    }

    @Test func unknownMunicipality() throws {
        #expect(try messages(["content/cases/water.ru.md": Doc.case(municipality: "alfa")]) == [
            "content/cases/water.ru.md:4:15: error: unknown municipality 'alfa' (did you mean 'alpha'?)",
        ])
    }

    @Test func missingRequiredFields() throws {
        #expect(try messages(["content/cases/water.ru.md": "---\ntitle: \"T\"\n---\nText\n"]) == [
            "content/cases/water.ru.md:1:1: error: case 'water' has no 'municipality'",
            "content/cases/water.ru.md:1:1: error: case 'water' has no 'sectors'",
            "content/cases/water.ru.md:1:1: error: case 'water' has no 'summary' in ru",
            "content/cases/water.ru.md:1:1: error: case 'water' has no 'target_groups'",
        ])
    }

    @Test func sharedFieldThatDiffersBetweenTranslations() throws {
        #expect(try messages([
            "content/cases/water.ru.md": Doc.case(extra: "year: 2021"),
            "content/cases/water.en.md": Doc.translation(extra: "year: 2022"),
        ]) == [
            "content/cases/water.en.md:4:1: error: shared field 'year' differs from content/cases/water.ru.md:7:1\n  note: shared fields must be the same in every translation; write them once, in the ru file",
        ])
    }

    @Test func sharedFieldOnlyInATranslation() throws {
        #expect(try messages([
            "content/cases/water.ru.md": Doc.case(),
            "content/cases/water.en.md": Doc.translation(extra: "weight: 3"),
        ]) == [
            "content/cases/water.en.md:4:1: error: shared field 'weight' is set here but not in content/cases/water.ru.md\n  note: shared fields are written once, in the ru file",
        ])
    }

    @Test func sameSharedValueInATranslationIsFine() throws {
        #expect(try messages([
            "content/cases/water.ru.md": Doc.case(extra: "year: 2021"),
            "content/cases/water.en.md": Doc.translation(extra: "year: 2021"),
        ]).isEmpty)
    }

    @Test func unconfiguredLanguage() throws {
        #expect(try messages(["content/cases/water.de.md": Doc.case()]) == [
            "content/cases/water.de.md: error: language 'de' is not configured in casebook.yml (languages: ru, en)",
        ])
    }

    @Test func invalidID() throws {
        #expect(try messages(["content/cases/Water_Case.ru.md": Doc.case()]) == [
            "content/cases/Water_Case.ru.md: error: 'Water_Case' is not a valid id: use lowercase letters a–z, digits and '-' (e.g. masy-kindergarten)",
        ])
    }

    @Test func imageWithoutAltText() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/water.ru.md": Doc.case(extra: "image: pump.png"),
        ])
        try book.write("content/media/pump.png", Data([0x89, 0x50]))
        #expect(book.loadMessages() == [
            "content/cases/water.ru.md:1:1: error: case 'water' has an image but no 'image_alt' in ru; describe the image for readers who cannot see it",
        ])
    }

    @Test func imagePathThatLeavesContent() throws {
        #expect(try messages(["content/cases/water.ru.md": Doc.case(extra: "image: ../../etc/passwd\nimage_alt: \"x\"")]) == [
            "content/cases/water.ru.md:7:1: error: media path '../../etc/passwd' leaves content/; media files live under content/media/",
        ])
    }

    @Test func missingImage() throws {
        #expect(try messages(["content/cases/water.ru.md": Doc.case(extra: "image: pump.png\nimage_alt: \"Насос\"")]) == [
            "content/cases/water.ru.md:7:1: error: image 'media/pump.png' not found in content/media/",
        ])
    }

    @Test func unknownEvaluationReference() throws {
        #expect(try messages(["content/cases/water.ru.md": Doc.case(extra: "evaluation: alpa")]) == [
            "content/cases/water.ru.md:7:1: error: unknown evaluation 'alpa'\n  note: an evaluation's id is its file name in content/evaluations/ without language and extension",
        ])
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let book = try TemporaryCasebook(files: ["content/cases/water.ru.md": Doc.case(extra: "draft: true")])
        #expect(book.load().0?.cases.isEmpty == true)
        #expect(book.load(drafts: true).0?.cases.map(\.id) == ["water"])
    }

    @Test func allErrorsOfARunAreReportedTogetherAndSorted() throws {
        let result = try messages([
            "content/cases/b.ru.md": Doc.case(municipality: "zzz"),
            "content/cases/a.ru.md": "",
        ])
        #expect(result == [
            "content/cases/a.ru.md:1:1: error: file is empty; it must start with front matter between '---' lines",
            "content/cases/b.ru.md:4:15: error: unknown municipality 'zzz'",
        ])
    }
}
