@testable import CasebookBuild
import CasebookModel
import Testing

/// Front-matter values changed in place: only the value's characters move.
@Suite struct FrontMatterEditorTests {
    let text = """
    ---
    municipality: alpha   # the municipality
    sedp_period: "2021–2025"
    scores:   # every criterion
      participation: 12   # strong hearings
      budgeting: 3
    # nomination: winner   # one of: winner
    empty:
    summary: 'It''s fine'
    ---

    ## Body: 1
    scores:
      participation: 1

    """

    func edited(_ change: (inout FrontMatterEditor) throws -> Void) throws -> String {
        var editor = try FrontMatterEditor(text: text)
        try change(&editor)
        return editor.text
    }

    @Test func aNestedValueChangesAndItsCommentStays() throws {
        let result = try edited { try $0.set(["scores", "participation"], to: "13.5") }
        #expect(result == text.replacingOccurrences(of: "participation: 12   #", with: "participation: 13.5   #"))
    }

    @Test func quotedValuesAreReplacedWhole() throws {
        let result = try edited {
            try $0.set(["summary"], to: FrontMatterEditor.quoted("Say \"hi\"\nthen go"))
            try $0.set(["sedp_period"], to: "\"2022–2026\"")
        }
        #expect(result.contains("\nsummary: \"Say \\\"hi\\\"\\nthen go\"\n---\n"))
        #expect(result.contains("\nsedp_period: \"2022–2026\"\n"))
    }

    @Test func anEmptyValueGetsOneSpaceBeforeIt() throws {
        let result = try edited { try $0.set(["empty"], to: "x") }
        #expect(result.contains("\nempty: x\n"))
    }

    @Test func aMissingKeyIsAddedLastOrInPlaceOfItsCommentedLine() throws {
        let added = try edited { try $0.set(["nomination"], to: "winner") }
        #expect(added.contains("summary: 'It''s fine'\nnomination: winner\n---\n"))
        #expect(added.contains("# nomination: winner   # one of: winner\n"))
        let uncommented = try edited { try $0.set(["nomination"], to: "second", uncommenting: true) }
        #expect(uncommented.contains("\nnomination: second   # one of: winner\nempty:"))
    }

    @Test func removingDropsTheLineOnly() throws {
        let result = try edited { try $0.remove("sedp_period"); try $0.remove("absent") }
        #expect(result == text.replacingOccurrences(of: "sedp_period: \"2021–2025\"\n", with: ""))
    }

    @Test func theBodyIsNeverSearched() throws {
        var editor = try FrontMatterEditor(text: "---\nscores:\n  other: 1\n---\nscores:\n  participation: 1\n")
        #expect(throws: Problem("'scores.participation' is not in the file")) { try editor.set(["scores", "participation"], to: "2") }
        #expect(editor.text == "---\nscores:\n  other: 1\n---\nscores:\n  participation: 1\n")
    }

    @Test func crlfLineEndsAreKept() throws {
        var editor = try FrontMatterEditor(text: "---\r\na: 1   # c\r\n---\r\nbody\r\n")
        try editor.set(["a"], to: "2")
        try editor.set(["b"], to: "3")
        #expect(editor.text == "---\r\na: 2   # c\r\nb: 3\r\n---\r\nbody\r\n")
    }

    @Test(arguments: [
        ("---\nsummary: \"one\n  two\"\n---\n", ["summary"]),
        ("---\nsummary: one\n  two\n---\n", ["summary"]),
        ("---\nsummary: >\n  folded\n---\n", ["summary"]),
        ("---\nscores: {participation: 1}\n---\n", ["scores", "participation"]),
    ])
    func valuesOverSeveralLinesOrInFlowStyleAreLeftToAPerson(text: String, path: [String]) throws {
        var editor = try FrontMatterEditor(text: text)
        #expect(throws: Problem.self) { try editor.set(path, to: "x") }
        #expect(editor.text == text)
    }

    @Test func theRefusalSaysWhy() throws {
        var editor = try FrontMatterEditor(text: "---\nsummary: |\n  text\n---\n")
        #expect(throws: Problem("cannot change 'summary': its value is not written on one line; change it by hand")) {
            try editor.set(["summary"], to: "x")
        }
        var flow = try FrontMatterEditor(text: "---\nscores: {a: 1}\n---\n")
        #expect(throws: Problem("'scores' is not written as one field per line; write it so or change 'scores.a' by hand")) {
            try flow.set(["scores", "a"], to: "2")
        }
    }
}
