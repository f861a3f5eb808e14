import CasebookTestSupport
import Foundation
import Testing

/// `casebook bundle` as a user runs it: a stale site is refused, `--build` builds it first.
@Suite struct BundleCommandTests {
    @Test func aStaleSiteIsRefusedAndBuildBuildsItFirst() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let cli = CommandLineTests()
        #expect(try cli.run(["build", "--root", book.root.path, "--no-pdf"]).status == 0)
        let caseFile = book.root.appendingPathComponent("content/cases/pump.en.md")
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: caseFile.path)
        let refused = try cli.run(["bundle"], in: book.root)
        #expect(refused.status == 1)
        #expect(refused.err == "error: \(book.root.appendingPathComponent("site").path) is older than its sources: "
            + "content/cases/pump.en.md changed after the last build; run casebook build first, or casebook bundle --build\n")
        #expect(book.read("casebook-2022-06-30.zip") == nil)
        // Without WeasyPrint the build leaves out the PDFs and their links: the bundle is made, status 3 as for build.
        let built = try cli.run(["bundle", "--build"], in: book.root, path: "/nonexistent")
        #expect(built.status == 3)
        #expect(built.out.hasPrefix("bundled "))
        #expect(FileManager.default.fileExists(atPath: book.root.appendingPathComponent("casebook-2022-06-30.zip").path))
    }
}
