import CasebookBuild
import CasebookModel
import CasebookRender
import CasebookTestSupport
import Foundation
import Testing

/// The binary carries themes/default byte for byte; `theme eject` writes it out; a theme
/// folder on disk wins over it.
@Suite struct EmbeddedThemeTests {
    /// Every file of the repository's themes/default, by path inside it (hidden files skipped).
    func repositoryTheme() throws -> [String: Data] {
        let folder = TemporaryCasebook.repository.appendingPathComponent("themes/default")
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if isDirectory.boolValue || path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return files
    }

    @Test func theEmbeddedThemeIsThemesDefaultByteForByte() throws {
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedTheme.files.map { ($0.path, $0.data) })
        let onDisk = try repositoryTheme()
        #expect(embedded.keys.sorted() == onDisk.keys.sorted())
        for (path, data) in onDisk { #expect(embedded[path] == data, "\(path)") }
        #expect(EmbeddedTheme.files.map(\.path) == EmbeddedTheme.files.map(\.path).sorted())
    }

    @Test func ejectWritesTheThemeAndRefusesToOverwriteWithoutForce() throws {
        let book = try TemporaryCasebook(copyTheme: false)
        let written = try ThemeEjector(root: book.root).eject(force: false)
        #expect(written.count == EmbeddedTheme.files.count)
        #expect(written.contains("themes/default/templates/case.mustache"))
        for file in EmbeddedTheme.files {
            #expect(FileManager.default.contents(atPath: book.root.appendingPathComponent("themes/default/\(file.path)").path) == file.data)
        }

        try book.write("themes/default/templates/page.mustache", "<h1>{{title}}</h1><p>ejected and edited</p>")
        #expect(throws: Problem("themes/default/ already exists; nothing was written (use --force to overwrite its files with the built-in theme's)")) {
            try ThemeEjector(root: book.root).eject(force: false)
        }
        #expect(book.read("themes/default/templates/page.mustache") == "<h1>{{title}}</h1><p>ejected and edited</p>")
        _ = try ThemeEjector(root: book.root).eject(force: true)
        #expect(book.read("themes/default/templates/page.mustache")
            == EmbeddedTheme.files.first { $0.path == "templates/page.mustache" }.map { String(decoding: $0.data, as: UTF8.self) })
    }

    @Test func aThemeFolderOnDiskWinsOverTheBuiltInOne() throws {
        let book = try TemporaryCasebook(files: ["content/pages/about.ru.md": "---\ntitle: О нас\n---\nТекст.\n"], copyTheme: false)
        #expect(book.build().wrote)
        #expect(book.read("site/ru/about/index.html")?.contains("ejected and edited") == false)
        _ = try ThemeEjector(root: book.root).eject(force: false)
        try book.write("themes/default/templates/page.mustache", "<h1>{{title}}</h1><p>ejected and edited</p>")
        #expect(book.build().wrote)
        #expect(book.read("site/ru/about/index.html")?.contains("<h1>О нас</h1><p>ejected and edited</p>") == true)
    }

    @Test func anotherThemeWithoutAFolderIsStillAnError() throws {
        let book = try TemporaryCasebook(config: TemporaryCasebook.config.replacingOccurrences(of: "theme: default", with: "theme: dark"),
                                         copyTheme: false)
        #expect(book.check() == ["content/casebook.yml: error: theme 'dark' not found: there is no themes/dark/ folder"])
    }
}
