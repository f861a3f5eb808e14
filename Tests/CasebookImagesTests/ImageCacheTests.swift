import CasebookImages
import CasebookTestSupport
import Foundation
import Testing

/// The image stage's core on real files: a phone photo with GPS, serial number, XMP, IPTC and
/// a comment, stored on its side (EXIF orientation 6), and a PNG with transparency and text.
@Suite struct ImageCacheTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let phone = fixtures.appendingPathComponent("phone.jpg")
    static let logo = fixtures.appendingPathComponent("logo.png")

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("image-cache-\(UUID().uuidString)")

    @Test func headerTurnsThePhotoUpright() throws {
        let header = try ImageHeader.read(Self.phone.path)
        #expect(header == ImageHeader(storedWidth: 1200, storedHeight: 900, orientation: 6, hasAlpha: false, loader: "jpegload"))
        #expect((header.width, header.height) == (900, 1200))
    }

    @Test func planNeverEnlarges() {
        let recipe = ImageRecipe()
        let small = recipe.plan(for: ImageHeader(storedWidth: 1200, storedHeight: 900, orientation: 6))
        #expect(small.web(.jpeg).map(\.width) == [480, 720, 900])
        #expect(small.web(.webp).map { "\($0.width)x\($0.height)" } == ["480x640", "720x960", "900x1200"])
        #expect(small.print == ImageVariant(width: 900, height: 1200, format: .jpeg, isPrint: true))
        let large = recipe.plan(for: ImageHeader(storedWidth: 4000, storedHeight: 3000, hasAlpha: true))
        #expect(large.web(.png).map(\.width) == [480, 720, 1080, 1600])
        #expect(large.largest == ImageVariant(width: 1600, height: 1200, format: .png))
        #expect(large.print.name == "print.png")
        #expect(recipe.plan(for: ImageHeader(storedWidth: 300, storedHeight: 200)).web.map(\.name) == ["300w.jpg", "300w.webp"])
    }

    /// Phones at DPR 1 take the 480-px copies and see them pixel for pixel; wider copies are
    /// mostly seen at DPR 2 or 3 and are written at a lower quality. The print copy keeps 85.
    @Test func qualityFollowsTheScreenACopyIsFor() {
        let recipe = ImageRecipe()
        let photo = recipe.plan(for: ImageHeader(storedWidth: 4032, storedHeight: 3024))
        let settings = Dictionary(uniqueKeysWithValues: photo.variants.map { ($0.name, recipe.settings(of: $0)) })
        #expect(settings == [
            "480w.jpg": EncoderSettings(quality: 80), "480w.webp": EncoderSettings(quality: 75, effort: 6),
            "720w.jpg": EncoderSettings(quality: 75), "720w.webp": EncoderSettings(quality: 70, effort: 6),
            "1080w.jpg": EncoderSettings(quality: 75), "1080w.webp": EncoderSettings(quality: 70, effort: 6),
            "1600w.jpg": EncoderSettings(quality: 75), "1600w.webp": EncoderSettings(quality: 70, effort: 4),
            "print.jpg": EncoderSettings(quality: 85),
        ])
        #expect(photo.print == ImageVariant(width: 1984, height: 1488, format: .jpeg, isPrint: true))
    }

    /// The recipe's settings reach libvips: a lower WebP quality or effort gives another file.
    @Test func settingsReachTheEncoder() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var recipes = [ImageRecipe(), ImageRecipe(), ImageRecipe()]
        recipes[1].denseWebPQuality = 40
        recipes[2].webpEffort = 0
        var sizes: [Int] = []
        for (index, recipe) in recipes.enumerated() {
            let cache = ImageCache(folder: folder.appendingPathComponent("\(index)"), recipe: recipe)
            let plan = recipe.plan(for: try ImageHeader.read(Self.phone.path))
            let made = try cache.variants(of: Self.phone, plan: plan)
            sizes.append(try Data(contentsOf: made.appendingPathComponent("720w.webp")).count)
        }
        #expect(sizes[1] < sizes[0] * 3 / 4, "\(sizes)")
        #expect(sizes[2] != sizes[0], "\(sizes)")
    }

    @Test func copiesCarryNoMetadataAndStandUpright() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ImageCache(folder: folder)
        let plan = cache.recipe.plan(for: try ImageHeader.read(Self.phone.path))
        let made = try cache.variants(of: Self.phone, plan: plan)
        for variant in plan.variants {
            let file = made.appendingPathComponent(variant.name)
            let header = try ImageHeader.read(file.path)
            #expect((header.width, header.height, header.orientation) == (variant.width, variant.height, 1), "\(variant.name)")
            let tags = try ExifTool.metadataTags(file)
            #expect(tags.isEmpty, "\(variant.name) keeps \(tags)")
        }
        // The original is untouched: it still has its position.
        #expect(try ExifTool.metadataTags(Self.phone).contains("EXIF:GPSLatitude"))
    }

    @Test func transparentPNGStaysPNGWithoutItsText() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ImageCache(folder: folder)
        let plan = cache.recipe.plan(for: try ImageHeader.read(Self.logo.path))
        #expect(plan.web.map(\.name) == ["300w.png", "300w.webp"])
        let made = try cache.variants(of: Self.logo, plan: plan)
        #expect(try ImageHeader.read(made.appendingPathComponent("300w.png").path).hasAlpha)
        for variant in plan.variants {
            let tags = try ExifTool.metadataTags(made.appendingPathComponent(variant.name))
            #expect(tags.isEmpty, "\(variant.name) keeps \(tags)")
        }
        #expect(try ExifTool.metadataTags(Self.logo).contains("PNG:Comment"))
    }

    @Test func unchangedImageIsNotEncodedAgain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("originals/phone.jpg")
        try FileManager.default.createDirectory(at: original.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.phone, to: original)
        let first = ImageCache(folder: folder.appendingPathComponent("cache"))
        let plan = first.recipe.plan(for: try ImageHeader.read(original.path))
        let made = try first.variants(of: original, plan: plan)
        first.save()
        let stamp = try FileManager.default.attributesOfItem(atPath: made.appendingPathComponent("480w.jpg").path)[.modificationDate] as? Date
        // A new run (a new cache object) finds the folder by the saved hash; touching the file
        // makes it hash the bytes again, which are the same.
        let second = ImageCache(folder: folder.appendingPathComponent("cache"))
        #expect(try second.variants(of: original, plan: plan) == made)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: original.path)
        #expect(try second.variants(of: original, plan: plan) == made)
        let after = try FileManager.default.attributesOfItem(atPath: made.appendingPathComponent("480w.jpg").path)[.modificationDate] as? Date
        #expect(stamp != nil && stamp == after)
        // Other bytes, another folder.
        var bytes = try Data(contentsOf: original)
        bytes.append(contentsOf: [0xFF, 0xD9])
        try bytes.write(to: original)
        #expect(try second.variants(of: original, plan: plan) != made)
    }

    /// Copies made by an earlier recipe are removed; this recipe's, the index and a folder
    /// another build is still writing stay.
    @Test func copiesOfOtherRecipesAreRemoved() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ImageCache(folder: folder)
        let made = try cache.variants(of: Self.phone, plan: cache.recipe.plan(for: try ImageHeader.read(Self.phone.path)))
        cache.save()
        let hash = String(made.lastPathComponent.prefix(64))
        let old = "\(hash)-r2-480.960.1600.1984.80.75.85"
        for name in [old, ".\(hash)-123-being-written", "notes"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        cache.removeOtherRecipes()
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [".\(hash)-123-being-written", made.lastPathComponent, "index-v2.tsv", "notes"])
        #expect(FileManager.default.fileExists(atPath: made.appendingPathComponent("480w.webp").path))
    }

    @Test func unchangedFileIsNotReadAgainForItsHeader() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("originals/phone.jpg")
        try FileManager.default.createDirectory(at: original.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.phone, to: original)
        let first = ImageCache(folder: folder.appendingPathComponent("cache"))
        let header = try first.header(of: original)
        first.save()
        // The same size, time and inode with other bytes: a new run trusts the index and never
        // hands the file to libvips (which would refuse these bytes).
        var before = stat()
        #expect(stat(original.path, &before) == 0)
        let handle = try FileHandle(forWritingTo: original)
        try handle.write(contentsOf: Data(repeating: 0x20, count: 64))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, original.path, &times, 0) == 0)
        #expect(try ImageCache(folder: folder.appendingPathComponent("cache")).header(of: original) == header)
        // Touched: read again, and now refused.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: original.path)
        #expect(throws: ImageFailure("VipsForeignLoad: \"\(original.path)\" is not a known file format")) {
            try ImageCache(folder: folder.appendingPathComponent("cache")).header(of: original)
        }
    }

    @Test func unreadableFilesFailInWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = folder.appendingPathComponent("notes.jpg")
        try Data("not a photo\n".utf8).write(to: text)
        #expect(throws: ImageFailure("VipsForeignLoad: \"\(text.path)\" is not a known file format")) {
            try ImageHeader.read(text.path)
        }
        // Cut in half: the header reads, the pixels do not.
        let cut = folder.appendingPathComponent("cut.jpg")
        let bytes = try Data(contentsOf: Self.phone)
        try bytes.prefix(bytes.count / 2).write(to: cut)
        let cache = ImageCache(folder: folder.appendingPathComponent("cache"))
        let plan = cache.recipe.plan(for: try ImageHeader.read(cut.path))
        #expect(throws: ImageFailure("VipsJpeg: Premature end of input file")) {
            try cache.variants(of: cut, plan: plan)
        }
    }
}
