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
        #expect(markup(Self.photo) == "<p><picture><source media=\"(max-width: 26.25em)\" type=\"image/webp\" srcset=\"../../media/a.jpg.480w.webp 480w, ../../media/a.jpg.720w.webp 720w\" sizes=\"\(ImageMarkup.textSizes)\"><source type=\"image/webp\" srcset=\"../../media/a.jpg.480w.webp 480w, ../../media/a.jpg.720w.webp 720w, ../../media/a.jpg.1080w.webp 1080w, ../../media/a.jpg.1600w.webp 1600w\" sizes=\"\(ImageMarkup.textSizes)\"><img src=\"../../media/a.jpg.1600w.jpg\" alt=\"A\" srcset=\"../../media/a.jpg.480w.jpg 480w, ../../media/a.jpg.720w.jpg 720w, ../../media/a.jpg.1080w.jpg 1080w, ../../media/a.jpg.1600w.jpg 1600w\" sizes=\"\(ImageMarkup.textSizes)\" width=\"1600\" height=\"1200\"></picture></p>")
    }

    @Test func fallbackStandsInWhereTheModernCopyWasNotKept() {
        let plan = Self.photo.keeping { $0.width != 480 }
        #expect(plan.web(.webp).map(\.width) == [720, 1080, 1600])
        #expect(plan.modernCandidates.map(\.name) == ["480w.jpg", "720w.webp", "1080w.webp", "1600w.webp"])
        #expect(markup(plan).contains("<source type=\"image/webp\" srcset=\"../../media/a.jpg.480w.jpg 480w, ../../media/a.jpg.720w.webp 720w, ../../media/a.jpg.1080w.webp 1080w, ../../media/a.jpg.1600w.webp 1600w\""))
    }

    @Test func noModernCopyOnlyThePhonesSource() {
        let plan = Self.photo.keeping { _ in false }
        #expect(plan.modernCandidates.isEmpty)
        #expect(plan.variants.map(\.name) == ["print.jpg", "1600w.jpg", "1080w.jpg", "720w.jpg", "480w.jpg"])
        #expect(markup(plan) == "<p><picture><source media=\"(max-width: 26.25em)\" type=\"image/jpeg\" srcset=\"../../media/a.jpg.480w.jpg 480w, ../../media/a.jpg.720w.jpg 720w\" sizes=\"\(ImageMarkup.textSizes)\"><img src=\"../../media/a.jpg.1600w.jpg\" alt=\"A\" srcset=\"../../media/a.jpg.480w.jpg 480w, ../../media/a.jpg.720w.jpg 720w, ../../media/a.jpg.1080w.jpg 1080w, ../../media/a.jpg.1600w.jpg 1600w\" sizes=\"\(ImageMarkup.textSizes)\" width=\"1600\" height=\"1200\"></picture></p>")
    }

    /// Phones get the copies up to 720 px, except in a deck; an image no wider needs no cap.
    @Test func phonesAreOfferedTheSmallerCopiesOutsideDecks() {
        let page = Data("<p><img src=\"../../../media/a.jpg\" alt=\"A\"></p>".utf8)
        let deck = ImageMarkup(plans: ["a.jpg": Self.photo]).rewrite(page, page: "en/slides/award/index.html")
        #expect(String(decoding: deck ?? page, as: UTF8.self).hasPrefix("<p><picture><source type=\"image/webp\" srcset=\"../../../media/a.jpg.480w.webp 480w,"))
        let small = ImageRecipe().plan(for: ImageHeader(storedWidth: 700, storedHeight: 500))
        #expect(!markup(small).contains("media=\""))
        #expect(markup(small).hasPrefix("<p><picture><source type=\"image/webp\" srcset=\"../../media/a.jpg.480w.webp 480w, ../../media/a.jpg.700w.webp 700w\""))
    }

    /// A case page's photos are narrower beside its facts column; a deck's fill most of a slide.
    @Test func sizesFollowTheLayoutOfThePage() {
        #expect(ImageMarkup.sizes(page: "ru/methodology/index.html") == "(max-width: 40em) calc(100vw - 2rem), (max-width: 43em) calc(100vw - 3rem), 40rem")
        #expect(ImageMarkup.sizes(page: "ru/cases/a/index.html") == "(max-width: 40em) calc(100vw - 2rem), (max-width: 43em) calc(100vw - 3rem), (min-width: 62em) and (max-width: 67em) calc(100vw - 27rem), 40rem")
        #expect(ImageMarkup.sizes(page: "en/slides/award/index.html") == "(min-aspect-ratio: 16/9) 160vh, 90vw")
        #expect(ImageMarkup.sizes(page: "ru/cases/index.html") == ImageMarkup.textSizes)
        let page = Data("<img src=\"../../../media/a.jpg\" alt=\"A\">".utf8)
        let deck = String(decoding: ImageMarkup(plans: ["a.jpg": Self.photo]).rewrite(page, page: "en/slides/award/index.html") ?? page, as: UTF8.self)
        #expect(deck.components(separatedBy: "sizes=\"(min-aspect-ratio: 16/9) 160vh, 90vw\"").count == 3, "\(deck)")
    }

    @Test func modernCopyKeptOnlyWhenClearlySmaller() {
        let recipe = ImageRecipe()
        #expect(recipe.keepsModern(90, fallback: 100))
        #expect(!recipe.keepsModern(91, fallback: 100))
    }
}
