@testable import CasebookServe
import CasebookTestSupport
import Foundation
import Testing

/// The preview serves photos as `build` publishes them: the same `<picture>` markup, the
/// metadata-free copies, and never the original with its GPS position.
@Suite struct PreviewImagesTests {
    static let phone = TemporaryCasebook.repository.appendingPathComponent("Tests/CasebookImagesTests/Fixtures/phone.jpg")

    @Test func previewServesTheCopiesWithTheBuildsMarkup() async throws {
        let book = try TemporaryCasebook(files: [
            "content/cases/ramp.ru.md": Doc.case("Пандус", body: "## Проблема\n\n![A ramp](../media/phone.jpg)\n"),
        ])
        try book.write("content/media/phone.jpg", try Data(contentsOf: Self.phone))
        let builder = PreviewBuilder(options: .init(root: book.root), log: { _ in })
        let preview = PreviewSite()
        await builder.rebuildAll(into: preview)
        #expect(book.build().wrote)
        let page = "ru/cases/ramp/index.html"
        let served = String(decoding: await preview.data(at: page) ?? Data(), as: UTF8.self)
        #expect(served.contains("<picture><source media=\"(max-width: 26.25em)\" type=\"image/webp\""))
        #expect(served == book.read("site/\(page)"))
        #expect(await preview.data(at: "media/phone.jpg") == nil)
        let copy = try #require(await preview.data(at: "media/phone.jpg.480w.jpg"))
        let file = book.root.appendingPathComponent("served-480w.jpg")
        try copy.write(to: file)
        #expect(try ExifTool.metadataTags(file).isEmpty)
        #expect(copy == (try Data(contentsOf: book.root.appendingPathComponent("site/media/phone.jpg.480w.jpg"))))

        // An edited body is patched in with the same markup.
        let source = "content/cases/ramp.ru.md"
        try book.write(source, try #require(book.read(source)) + "\n![Again](../media/phone.jpg)\n")
        await builder.update([book.root.appendingPathComponent(source).path], into: preview)
        let patched = String(decoding: await preview.data(at: page) ?? Data(), as: UTF8.self)
        #expect(patched.components(separatedBy: "<picture>").count == 3)
        #expect(!patched.contains("src=\"../../../media/phone.jpg\""))
    }
}
