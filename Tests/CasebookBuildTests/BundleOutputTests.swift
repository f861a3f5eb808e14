@testable import CasebookBuild
import CasebookTestSupport
import CasebookModel
import Foundation
import Testing

/// `bundle --output` never overwrites the casebook's own files or someone's file.
@Suite struct BundleOutputTests {
    let book: TemporaryCasebook
    let bundler: SiteBundler

    init() throws {
        book = try TemporaryCasebook(fixture: "bilingual")
        #expect(book.build().wrote)
        bundler = SiteBundler(root: book.root, site: book.root.appendingPathComponent("site"), date: "2022-06-30")
    }

    @Test(arguments: [
        ("content", "that is content/"),
        ("content/casebook.yml", "it is inside content/"),
        ("themes/x.zip", "it is inside themes/"),
        ("site", "that is the site folder"),
        ("site/casebook.zip", "it is inside the site folder"),
        (".", "that is the casebook folder"),
    ])
    func refusesTheCasebooksOwnFolders(output: String, reason: String) throws {
        let zip = book.root.appendingPathComponent(output)
        let before = book.read("content/casebook.yml")
        #expect(throws: Problem("refusing to write the bundle to \(zip.standardizedFileURL.path): \(reason)")) {
            try bundler.bundle(to: zip)
        }
        #expect(book.read("content/casebook.yml") == before)
    }

    @Test func aLinkDoesNotLeadAroundTheCheck() throws {
        try FileManager.default.createSymbolicLink(at: book.root.appendingPathComponent("c"), withDestinationURL: book.root.appendingPathComponent("content"))
        let zip = book.root.appendingPathComponent("c/casebook.yml")
        #expect(bundler.refusal(for: zip)?.description == "refusing to write the bundle to \(zip.path): it is inside content/")
    }

    @Test func refusesAFolderAndAFileThatIsNotABundle() throws {
        let folder = book.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(bundler.refusal(for: folder)?.description == "\(folder.path) is a folder; give the path of the zip file to write")
        let notes = book.root.appendingPathComponent("notes.zip")
        try Data("my notes".utf8).write(to: notes)
        #expect(throws: Problem("\(notes.path) exists and is not a casebook bundle; refusing to overwrite it (remove it or choose another --output)")) {
            try bundler.bundle(to: notes)
        }
        #expect(book.read("notes.zip") == "my notes")
        // Another program's zip is not a bundle either.
        let other = book.root.appendingPathComponent("other.zip")
        #expect(try Tools.run("/usr/bin/env", ["python3", "-c", "import zipfile,sys; zipfile.ZipFile(sys.argv[1], 'w').writestr('a/index.html', 'x')", other.path]).status == 0)
        #expect(bundler.refusal(for: other)?.description == "\(other.path) exists and is not a casebook bundle; refusing to overwrite it (remove it or choose another --output)")
    }

    @Test func refusesToOverwriteAChecksumFileThatIsNotOne() throws {
        let zip = book.root.appendingPathComponent("b.zip")
        try Data("keep me\n".utf8).write(to: book.root.appendingPathComponent("b.zip.sha256"))
        #expect(bundler.refusal(for: zip)?.description == "\(zip.path).sha256 exists and is not a checksum file of casebook; refusing to overwrite it (remove it or choose another --output)")
    }

    @Test func replacesAnEarlierBundle() throws {
        let zip = book.root.appendingPathComponent("casebook.zip")
        let first = try bundler.bundle(to: zip)
        try Data("<p>new</p>".utf8).write(to: book.root.appendingPathComponent("site/new.html"))
        #expect(bundler.refusal(for: zip) == nil)
        let second = try bundler.bundle(to: zip)
        #expect(second.files == first.files + 1)
        #expect(second.checksum != first.checksum)
    }
}
