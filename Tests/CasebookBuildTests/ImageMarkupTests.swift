@testable import CasebookBuild
import CasebookImages
import Foundation
import Testing

/// The `<picture>` a page gets when the cache kept the modern copy at every width, at some, or
/// at none.
@Suite struct ImageMarkupTests {
    static let photo = ImageRecipe().plan(for: ImageHeader(storedWidth: 4032, storedHeight: 3024))

    func markup(_ plan: ImagePlan) -> String {
        let page = Data("<p><img src=\"../../media/a.jpg\" alt=\"A\"></p>".utf8)
        let markup = ImageMarkup(plans: ["a.jpg": plan])
        return String(decoding: markup.rewrite(page, page: "ru/cases/index.html") ?? page, as: UTF8.self)
    }

    @Test func modernCopyAtEveryWidth() {
        #expect(markup(Self.photo) == "<p><picture><source type=\"image/webp\" srcset=\"../../media/a.jpg.480w.webp 480w, ../../media/a.jpg.720w.webp 720w, ../../media/a.jpg.1080w.webp 1080w, ../../media/a.jpg.1600w.webp 1600w\" sizes=\"\(ImageMarkup.sizes)\"><img src=\"../../media/a.jpg.1600w.jpg\" alt=\"A\" srcset=\"../../media/a.jpg.480w.jpg 480w, ../../media/a.jpg.720w.jpg 720w, ../../media/a.jpg.1080w.jpg 1080w, ../../media/a.jpg.1600w.jpg 1600w\" sizes=\"\(ImageMarkup.sizes)\" width=\"1600\" height=\"1200\"></picture></p>")
    }

    @Test func fallbackStandsInWhereTheModernCopyWasNotKept() {
        let plan = Self.photo.keeping { $0.width != 480 }
        #expect(plan.web(.webp).map(\.width) == [720, 1080, 1600])
        #expect(plan.modernCandidates.map(\.name) == ["480w.jpg", "720w.webp", "1080w.webp", "1600w.webp"])
        #expect(markup(plan).contains("<source type=\"image/webp\" srcset=\"../../media/a.jpg.480w.jpg 480w, ../../media/a.jpg.720w.webp 720w, ../../media/a.jpg.1080w.webp 1080w, ../../media/a.jpg.1600w.webp 1600w\""))
    }

    @Test func noModernCopyNoPicture() {
        let plan = Self.photo.keeping { _ in false }
        #expect(plan.modernCandidates.isEmpty)
        #expect(plan.variants.map(\.name) == ["print.jpg", "1600w.jpg", "1080w.jpg", "720w.jpg", "480w.jpg"])
        #expect(markup(plan) == "<p><img src=\"../../media/a.jpg.1600w.jpg\" alt=\"A\" srcset=\"../../media/a.jpg.480w.jpg 480w, ../../media/a.jpg.720w.jpg 720w, ../../media/a.jpg.1080w.jpg 1080w, ../../media/a.jpg.1600w.jpg 1600w\" sizes=\"\(ImageMarkup.sizes)\" width=\"1600\" height=\"1200\"></p>")
    }

    @Test func modernCopyKeptOnlyWhenClearlySmaller() {
        let recipe = ImageRecipe()
        #expect(recipe.keepsModern(90, fallback: 100))
        #expect(!recipe.keepsModern(91, fallback: 100))
    }
}
