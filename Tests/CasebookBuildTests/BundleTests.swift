@testable import CasebookBuild
import CasebookTestSupport
import CasebookModel
import Foundation
import Testing

@Suite struct BundleTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256KnownAnswers(input: String, digest: String) {
        #expect(SHA256.hex(Data(input.utf8)) == digest)
    }

    @Test func bundleIsAValidZipOfTheSiteWithAChecksum() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let zip = book.root.appendingPathComponent("casebook-2022-06-30.zip")
        let (checksum, count) = try SiteBundler(site: book.root.appendingPathComponent("site"), date: "2022-06-30").bundle(to: zip)
        #expect(count > 50)
        #expect(book.read("casebook-2022-06-30.zip.sha256") == "\(checksum)  casebook-2022-06-30.zip\n")
        #expect(SHA256.hex(try Data(contentsOf: zip)) == checksum)
        // An independent reader checks every entry's CRC and lists the names.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('\\n'.join(sorted(z.namelist())))", zip.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let names = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(names.count == count)
        #expect(names.contains("casebook-2022-06-30/index.html"))
        #expect(names.contains("casebook-2022-06-30/ru/cases/pump/index.html"))
        // The same site gives the same bytes.
        let again = book.root.appendingPathComponent("again/casebook-2022-06-30.zip")
        try FileManager.default.createDirectory(at: again.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(try SiteBundler(site: book.root.appendingPathComponent("site"), date: "2022-06-30").bundle(to: again).checksum == checksum)
    }

    @Test func refusesAFolderThatIsNotABuiltSite() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(throws: Problem("\(book.root.appendingPathComponent("content").path) is not a built site (no .casebook-output); run casebook build first")) {
            try SiteBundler(site: book.root.appendingPathComponent("content"), date: nil).bundle(to: book.root.appendingPathComponent("x.zip"))
        }
    }
}
