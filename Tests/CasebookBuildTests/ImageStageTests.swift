import CasebookTestSupport
import Foundation
import Testing

/// A phone photo with GPS, serial number, XMP, IPTC and a comment, used by a case's `image:`
/// and in its body, goes through `build` and `check`: pages point at metadata-free copies, the
/// original is never published, problems are reported where the image is used.
@Suite struct ImageStageTests {
    static let phone = TemporaryCasebook.repository.appendingPathComponent("Tests/CasebookImagesTests/Fixtures/phone.jpg")

    func book(body: String = "![A ramp](../media/phone.jpg)\n\n![Second](<../media/a b%231.jpg>)\n") throws -> TemporaryCasebook {
        let book = try TemporaryCasebook(files: [
            "content/cases/ramp.ru.md": Doc.case("Пандус", extra: "image: phone.jpg\nimage_alt: \"Пандус у школы\"", body: "## Проблема\n\n\(body)"),
        ])
        let photo = try Data(contentsOf: Self.phone)
        try book.write("content/media/phone.jpg", photo)
        try book.write("content/media/a b#1.jpg", photo)
        return book
    }

    @Test func pagesGetPicturesOfCopiesAndTheOriginalStaysHome() throws {
        let book = try book()
        let report = book.build()
        #expect(report.diagnostics.sorted.map(\.description) == [])
        let media = try FileManager.default.contentsOfDirectory(atPath: book.root.appendingPathComponent("site/media").path).sorted()
        #expect(media == [
            "a b#1.jpg.480w.jpg", "a b#1.jpg.480w.webp", "a b#1.jpg.720w.jpg", "a b#1.jpg.720w.webp", "a b#1.jpg.900w.jpg", "a b#1.jpg.900w.webp", "a b#1.jpg.print.jpg",
            "phone.jpg.480w.jpg", "phone.jpg.480w.webp", "phone.jpg.720w.jpg", "phone.jpg.720w.webp", "phone.jpg.900w.jpg", "phone.jpg.900w.webp", "phone.jpg.print.jpg",
        ])
        for name in media {
            let tags = try ExifTool.metadataTags(book.root.appendingPathComponent("site/media/\(name)"))
            #expect(tags.isEmpty, "\(name) keeps \(tags)")
        }
        #expect(try ExifTool.metadataTags(book.root.appendingPathComponent("content/media/phone.jpg")).contains("EXIF:GPSLatitude"))
        let page = try #require(book.read("site/ru/cases/ramp/index.html"))
        let pictures = page.components(separatedBy: "<picture>").dropFirst().map { "<picture>" + $0.components(separatedBy: "</picture>")[0] + "</picture>" }
        let webp = "../../../media/phone.jpg.480w.webp 480w, ../../../media/phone.jpg.720w.webp 720w, ../../../media/phone.jpg.900w.webp 900w"
        let jpeg = "../../../media/phone.jpg.480w.jpg 480w, ../../../media/phone.jpg.720w.jpg 720w, ../../../media/phone.jpg.900w.jpg 900w"
        let sizes = "(max-width: 40em) calc(100vw - 2rem), (max-width: 43em) calc(100vw - 3rem), (min-width: 62em) and (max-width: 67em) calc(100vw - 27rem), 40rem"
        // Phones up to 420 px are offered the copies up to 720 px only.
        let phone = "<source media=\"(max-width: 26.25em)\" type=\"image/webp\" srcset=\"../../../media/phone.jpg.480w.webp 480w, ../../../media/phone.jpg.720w.webp 720w\" sizes=\"\(sizes)\">"
        #expect(pictures == [
            "<picture>\(phone)<source type=\"image/webp\" srcset=\"\(webp)\" sizes=\"\(sizes)\"><img src=\"../../../media/phone.jpg.900w.jpg\" alt=\"Пандус у школы\" srcset=\"\(jpeg)\" sizes=\"\(sizes)\" width=\"900\" height=\"1200\"></picture>",
            "<picture>\(phone)<source type=\"image/webp\" srcset=\"\(webp)\" sizes=\"\(sizes)\"><img src=\"../../../media/phone.jpg.900w.jpg\" alt=\"A ramp\" srcset=\"\(jpeg)\" sizes=\"\(sizes)\" width=\"900\" height=\"1200\" loading=\"lazy\"></picture>",
            "<picture><source media=\"(max-width: 26.25em)\" type=\"image/webp\" srcset=\"../../../media/a%20b%231.jpg.480w.webp 480w, ../../../media/a%20b%231.jpg.720w.webp 720w\" sizes=\"\(sizes)\"><source type=\"image/webp\" srcset=\"../../../media/a%20b%231.jpg.480w.webp 480w, ../../../media/a%20b%231.jpg.720w.webp 720w, ../../../media/a%20b%231.jpg.900w.webp 900w\" sizes=\"\(sizes)\"><img src=\"../../../media/a%20b%231.jpg.900w.jpg\" alt=\"Second\" srcset=\"../../../media/a%20b%231.jpg.480w.jpg 480w, ../../../media/a%20b%231.jpg.720w.jpg 720w, ../../../media/a%20b%231.jpg.900w.jpg 900w\" sizes=\"\(sizes)\" width=\"900\" height=\"1200\" loading=\"lazy\"></picture>",
        ])
        let print = try #require(book.read("site/ru/print/index.html"))
        #expect(print.contains("<img src=\"../../media/phone.jpg.print.jpg\" alt=\"A ramp\">"))
        #expect(!print.contains("srcset"))
    }

    @Test func secondBuildFindsTheCopiesInTheCache() throws {
        let book = try book()
        #expect(book.build().wrote)
        let cache = book.root.appendingPathComponent(".casebook-cache/images")
        let folders = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { !$0.hasSuffix(".tsv") }
        // The two files have the same bytes: one folder of copies.
        #expect(folders.count == 1)
        let copy = cache.appendingPathComponent(folders[0]).appendingPathComponent("480w.webp")
        let made = try FileManager.default.attributesOfItem(atPath: copy.path)[.modificationDate] as? Date
        #expect(book.build().wrote)
        #expect(try FileManager.default.attributesOfItem(atPath: copy.path)[.modificationDate] as? Date == made)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { !$0.hasSuffix(".tsv") } == folders)
        // Published by a hard link to the cached copy, not a copy of its bytes.
        var published = stat(), cached = stat()
        #expect(stat(book.root.appendingPathComponent("site/media/phone.jpg.480w.webp").path, &published) == 0)
        #expect(stat(copy.path, &cached) == 0)
        #expect(published.st_ino == cached.st_ino)
        // The cache's file, and the two names it is published under (the same bytes twice).
        #expect(cached.st_nlink == 3)
    }

    @Test func brokenImagesAreErrorsWhereTheyAreUsed() throws {
        let book = try book(body: "Текст.\n\n![A ramp](../media/phone.jpg)\n")
        try book.write("content/media/phone.jpg", "not a photo\n")
        let path = book.root.appendingPathComponent("content/media/phone.jpg").path
        let reason = "image 'content/media/phone.jpg' cannot be read: VipsForeignLoad: \"\(path)\" is not a known file format"
        #expect(book.check() == [
            "content/cases/ramp.ru.md:7:1: error: \(reason)",
            "content/cases/ramp.ru.md:14:1: error: \(reason)",
        ])
        #expect(!book.build().wrote)
        #expect(!FileManager.default.fileExists(atPath: book.root.appendingPathComponent("site").path))
    }

    @Test func hugeImagesAreRefusedBeforeDecoding() throws {
        let book = try book(body: "![A ramp](../media/phone.jpg)\n")
        // A 12,000 × 10,000 PNG of one colour: a small file that would take 360 MB decoded.
        let huge = book.root.appendingPathComponent("content/media/phone.jpg")
        try FileManager.default.removeItem(at: huge)
        let made = try Program.run("/usr/bin/vips", ["black", huge.path + "[Q=10]", "12000", "10000"])
        #expect(made.status == 0, "\(made.err)")
        #expect(book.check() == [
            "content/cases/ramp.ru.md:7:1: error: image 'content/media/phone.jpg' is 12000×10000 pixels (120 megapixels); images over 100 megapixels are refused, save it smaller",
            "content/cases/ramp.ru.md:12:1: error: image 'content/media/phone.jpg' is 12000×10000 pixels (120 megapixels); images over 100 megapixels are refused, save it smaller",
        ])
    }

    @Test func hostileSVGIsRefusedWhereItIsUsedAndACleanOneIsPublished() throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/ramp.ru.md": Doc.case("Пандус", body: "## Проблема\n\n![План](../media/plan.svg)\n"),
        ])
        try book.write("content/media/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script>\n</svg>\n")
        #expect(book.check() == [
            "content/cases/ramp.ru.md:11:1: error: image 'content/media/plan.svg' is refused at line 2, column 8: a <script> element; an SVG is published only without scripts, event attributes and references outside the file",
        ])
        #expect(!book.build().wrote)
        let clean = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\" fill=\"#123\"/></svg>\n"
        try book.write("content/media/plan.svg", clean)
        #expect(book.check().filter { $0.contains(": error: ") } == [])
        #expect(book.build().wrote)
        #expect(book.read("site/media/plan.svg") == clean)
    }
}
