extension ImageMarkup {
    /// How wide an image is shown on a text page of the default theme (casebook.css): the
    /// screen less the page's margins (1rem each side, 1.5rem from 40em), at most the text
    /// column's 40rem. Saying 100vw instead made a 390-px phone at DPR 2 take a copy for 780
    /// pixels to show one 716 wide. `bench/images_page_weight.py --sizes` compares the case
    /// pages' with the layout in Chromium.
    static let textSizes = "(max-width: 40em) calc(100vw - 2rem), (max-width: 43em) calc(100vw - 3rem), 40rem"

    /// On a case page, from 62em the facts take a 21rem column beside the text, 3rem apart,
    /// which leaves the text less than 40rem up to 67em.
    static let caseSizes = "(max-width: 40em) calc(100vw - 2rem), (max-width: 43em) calc(100vw - 3rem), "
        + "(min-width: 62em) and (max-width: 67em) calc(100vw - 27rem), 40rem"

    /// In a deck a photo alone on a slide takes 90% of the 16:9 stage, which fills the screen's
    /// width or, on a wider screen, its height (a photo beside text takes half of that). A
    /// deck is shown from a local file on a projector: sharpness counts, not bytes.
    static let deckSizes = "(min-aspect-ratio: 16/9) 160vh, 90vw"

    /// Phones up to 420 CSS px wide are offered the copies up to 720 px only: twice the width a
    /// photo has there at most (358 px on a 390-px phone). Without the cap a phone of DPR 3
    /// takes the 1080-px copies, half as heavy again, for detail few eyes see at that density;
    /// on a slow village link the bytes count more (the cap at 2× that image CDNs recommend).
    /// Not in decks, where sharpness counts.
    static let phoneMedia = "(max-width: 26.25em)"
    static let phoneWidth = 720

    /// The `sizes` of the images on the page at `page` (its path in the site).
    static func sizes(page: String) -> String {
        let parts = page.split(separator: "/")
        guard parts.count == 4 else { return textSizes }
        switch parts[1] {
        case "cases": return caseSizes
        case "slides": return deckSizes
        default: return textSizes
        }
    }
}
