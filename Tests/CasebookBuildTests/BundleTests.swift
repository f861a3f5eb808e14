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
        #expect(Checksum.sha256(Data(input.utf8)) == digest)
    }

    @Test func sha256OfAFileLargerThanOneChunkMatchesSha256sum() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("checksum-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data((0..<2_500_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }).write(to: file)
        let output = try Tools.run("/usr/bin/sha256sum", [file.path]).out
        #expect(try Checksum.sha256(of: file) == String(output.prefix(64)))
    }

    @Test func bundleIsAValidZipOfTheSiteWithAChecksumAndTheSameBytesEveryTime() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let bundler = SiteBundler(root: book.root, site: book.root.appendingPathComponent("site"), date: "2022-06-30")
        let zip = book.root.appendingPathComponent("casebook-2022-06-30.zip")
        let result = try bundler.bundle(to: zip)
        #expect(result.files > 50)
        #expect(result.missingPDFs.isEmpty)
        #expect(book.read("casebook-2022-06-30.zip.sha256") == "\(result.checksum)  casebook-2022-06-30.zip\n")
        #expect(try Tools.run("/usr/bin/sha256sum", ["-c", "casebook-2022-06-30.zip.sha256"], in: book.root).status == 0)
        #expect(try Tools.run("/usr/bin/unzip", ["-tq", zip.path]).status == 0)
        // An independent reader checks every entry's CRC, lists the names in order and their dates.
        let listing = try Tools.run("/usr/bin/env", ["python3", "-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for i in z.infolist(): print(i.filename, '%04d-%02d-%02d %02d:%02d' % i.date_time[:5], oct(i.external_attr >> 16))
            """, zip.path]).out.split(separator: "\n").map(String.init)
        #expect(listing.count == result.files + 1)
        #expect(listing.first == "casebook-2022-06-30/.casebook-output 2022-06-30 12:00 0o100644")
        #expect(listing.contains("casebook-2022-06-30/index.html 2022-06-30 12:00 0o100644"))
        #expect(listing.contains("casebook-2022-06-30/ru/cases/pump/index.html 2022-06-30 12:00 0o100644"))
        #expect(listing.allSatisfy { $0.hasSuffix(" 2022-06-30 12:00 0o100644") })
        // The same site gives the same bytes, and so does the same site built again later.
        let bytes = try Data(contentsOf: zip)
        let again = book.root.appendingPathComponent("again/casebook-2022-06-30.zip")
        try FileManager.default.createDirectory(at: again.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(try bundler.bundle(to: again).checksum == result.checksum)
        #expect(try Data(contentsOf: again) == bytes)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(book.build().wrote)
        #expect(try bundler.bundle(to: zip).checksum == result.checksum)
        #expect(try Data(contentsOf: zip) == bytes)
        // Nothing half-written is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: book.root.path).filter { $0.contains(".partial") }.isEmpty)
    }

    @Test func refusesAFolderThatIsNotABuiltSite() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        let site = book.root.appendingPathComponent("content")
        #expect(throws: Problem("\(site.path) is not a built site (no .casebook-output); run casebook build first")) {
            try SiteBundler(root: book.root, site: site, date: nil).bundle(to: book.root.appendingPathComponent("x.zip"))
        }
        #expect(!FileManager.default.fileExists(atPath: book.root.appendingPathComponent("x.zip").path))
    }

    @Test func refusesASiteOlderThanItsSourcesNamingTheNewestChange() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let site = book.root.appendingPathComponent("site")
        let bundler = SiteBundler(root: book.root, site: site, date: nil)
        #expect(bundler.staleness() == nil)
        // The build is made to look ten minutes old, so every time below is in the past.
        let built = Date().addingTimeInterval(-600)
        try FileManager.default.setAttributes([.modificationDate: built], ofItemAtPath: site.appendingPathComponent(".casebook-output").path)
        func touch(_ path: String, _ seconds: TimeInterval) throws {
            try FileManager.default.setAttributes([.modificationDate: built.addingTimeInterval(seconds)],
                                                  ofItemAtPath: book.root.appendingPathComponent(path).path)
        }
        for folder in ["content", "themes"] {
            let paths = [folder] + (FileManager.default.subpaths(atPath: book.root.appendingPathComponent(folder).path) ?? []).map { "\(folder)/\($0)" }
            for path in paths { try touch(path, -120) }
        }
        #expect(bundler.staleness() == nil)
        // Names the build ignores do not count.
        try Data("x".utf8).write(to: book.root.appendingPathComponent("content/cases/.pump.ru.md.swp"))
        try touch("content/cases/.pump.ru.md.swp", 60)
        try touch("content/cases", -60)
        #expect(bundler.staleness() == nil)
        try touch("content/cases/pump.ru.md", 30)
        try touch("themes/default/assets/casebook.css", 20)
        let message = "\(site.path) is older than its sources: content/cases/pump.ru.md changed after the last build; "
            + "run casebook build first, or casebook bundle --build"
        #expect(bundler.staleness()?.description == message)
        #expect { try bundler.bundle(to: book.root.appendingPathComponent("x.zip")) } throws: { ($0 as? Problem)?.message.description == message }
        // A removed file shows as its folder's change.
        try FileManager.default.removeItem(at: book.root.appendingPathComponent("content/cases/pump.en.md"))
        try touch("content/cases/pump.ru.md", -60)
        try touch("themes/default/assets/casebook.css", -60)
        #expect(bundler.staleness()?.description == "\(site.path) is older than its sources: content/cases/ changed (a file in it was added, "
            + "removed or renamed) after the last build; run casebook build first, or casebook bundle --build")
        // A time ahead of the clock would outlast every build: the message says so.
        try touch("content/casebook.yml", 3600)
        #expect(bundler.staleness()?.description == "\(site.path) is older than its sources: content/casebook.yml changed after the last build "
            + "(its time is ahead of this computer's clock: correct the clock, or `touch` it); run casebook build first, or casebook bundle --build")
    }

    @Test func saysWhichLinkedPDFsAreMissing() throws {
        let book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        let site = book.root.appendingPathComponent("site")
        try Data(#"<a href="casebook.pdf">book</a> <a href="../en/casebook.pdf#p2" type="application/pdf">en</a> <a href="https://x.org/a.pdf">x</a>"#.utf8)
            .write(to: site.appendingPathComponent("ru/extra.html"))
        try Data(#"<a href="../../ru/casebook.pdf">book</a> <a href="../../ru/extra.html">page</a>"#.utf8)
            .write(to: site.appendingPathComponent("ru/cases/extra.html"))
        try Data("%PDF".utf8).write(to: site.appendingPathComponent("en/casebook.pdf"))
        let result = try SiteBundler(root: book.root, site: site, date: nil).bundle(to: book.root.appendingPathComponent("x.zip"))
        #expect(result.missingPDFs == [MissingPDF(pdf: "ru/casebook.pdf", pages: ["ru/cases/extra.html", "ru/extra.html"])])
        #expect(result.missingPDFs.map(\.message.description) == [
            "the site has no ru/casebook.pdf, which ru/cases/extra.html and 1 other page link to; run casebook build with WeasyPrint installed to make it",
        ])
        #expect(MissingPDF(pdf: "a.pdf", pages: ["x.html"]).message.description
            == "the site has no a.pdf, which x.html links to; run casebook build with WeasyPrint installed to make it")
    }

    @Test func linksAreFoundWhereverTheChunksSplitAPage() {
        let page = Array(#"<p><a href="../print/book.pdf">b</a> <a href="a%20b.pdf?x=1">c</a><a href="x.html">"#.utf8)
        for split in 0...page.count {
            var finder = PDFLinkFinder()
            finder.start(page: "ru/index.html")
            finder.feed(Data(page[..<split]))
            finder.feed(Data(page[split...]))
            #expect(finder.links == ["print/book.pdf": ["ru/index.html"], "ru/a b.pdf": ["ru/index.html"]], "split at \(split)")
        }
    }
}
