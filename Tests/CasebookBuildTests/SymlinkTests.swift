import CasebookTestSupport
import Foundation
import Testing

/// A symbolic link in content/ that leads outside the casebook folder is an error naming the
/// file, and what it points to is never published; links that stay inside are fine.
@Suite struct SymlinkTests {
    func book(_ body: String) throws -> TemporaryCasebook {
        try TemporaryCasebook(files: ["content/cases/ramp.ru.md": Doc.case("Пандус", body: "## Проблема\n\n\(body)")])
    }

    func link(_ book: TemporaryCasebook, _ path: String, to target: String) throws {
        let url = book.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    @Test func mediaLinkOutOfTheFolderIsAnErrorAndNothingIsWritten() throws {
        let book = try book("[пароли](../media/pw.txt)\n")
        try link(book, "content/media/pw.txt", to: "/etc/passwd")
        let expected = [
            "content/cases/ramp.ru.md:11:1: error: link target 'content/media/pw.txt' not found",
            "content/media/pw.txt: error: symbolic link to '/etc/passwd', outside the casebook folder; nothing outside it is published, so copy the file in",
        ]
        #expect(book.check() == expected)
        let report = book.build()
        #expect(report.diagnostics.sorted.map(\.description) == expected)
        #expect(!report.wrote)
        #expect(!FileManager.default.fileExists(atPath: book.root.appendingPathComponent("site").path))
    }

    @Test func linkedFolderAndDocumentOutsideAreErrors() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Doc.case("Чужой").write(to: outside.appendingPathComponent("other.ru.md"), atomically: true, encoding: .utf8)
        let book = try book("Текст.\n")
        try link(book, "content/cases/other.ru.md", to: outside.appendingPathComponent("other.ru.md").path)
        try link(book, "content/media/photos", to: outside.path)
        let real = outside.resolvingSymlinksInPath().path
        #expect(book.loadMessages() == [
            "content/cases/other.ru.md: error: symbolic link to '\(real)/other.ru.md', outside the casebook folder; nothing outside it is published, so copy the file in",
            "content/media/photos: error: symbolic link to '\(real)', outside the casebook folder; nothing outside it is published, so copy the file in",
        ])
    }

    @Test func linksThatStayInsideAreFine() throws {
        let book = try book("[план](../media/plan.txt)\n")
        try book.write("shared/plan.txt", "план\n")
        try link(book, "content/media/plan.txt", to: "../../shared/plan.txt")
        // Warnings about other things (base_url) may come; no error does.
        #expect(book.check().filter { $0.contains(": error: ") } == [])
        #expect(book.build().wrote)
        #expect(book.read("site/media/plan.txt") == "план\n")
    }

    @Test func themeFileLinkedOutOfTheFolderIsAnError() throws {
        let book = try book("Текст.\n")
        try link(book, "themes/default/assets/pw.css", to: "/etc/passwd")
        let expected = "themes/default/assets/pw.css: error: symbolic link to '/etc/passwd', outside the casebook folder; nothing outside it is published, so copy the file in"
        #expect(book.check().filter { $0.contains(": error: ") } == [expected])
        let report = book.build()
        #expect(report.diagnostics.sorted.map(\.description).filter { $0.contains(": error: ") } == [expected])
        #expect(!report.wrote)
        #expect(!FileManager.default.fileExists(atPath: book.root.appendingPathComponent("site").path))
    }

    @Test func themeFolderLinkedOutOfTheFolderIsAnError() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TemporaryCasebook.repository.appendingPathComponent("themes/default"), to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let book = try book("Текст.\n")
        try? FileManager.default.removeItem(at: book.root.appendingPathComponent("themes/default"))
        try link(book, "themes/default", to: outside.path)
        let real = outside.resolvingSymlinksInPath().path
        #expect(book.check().filter { $0.contains(": error: ") } == [
            "themes/default: error: symbolic link to '\(real)', outside the casebook folder; nothing outside it is published, so copy the file in",
        ])
        #expect(!book.build().wrote)
    }
}
