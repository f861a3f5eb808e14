import Foundation
import CasebookModel
import CasebookMarkdown

/// Renders one translation of a deck as a self-contained slide show: a title slide made from
/// the front matter, then one labelled `<section>` per slide of the body, speaker notes kept
/// in the page for the presenter view, and the theme's `slides.css` and `slides.js`.
/// Warns, at the slide's line, when a slide clearly holds more than its stage shows.
struct DeckRenderer {
    /// Ids the deck page itself uses, and slide numbers (slides are `#1`, `#2`, … and a heading
    /// must never take one of those).
    static let reservedIDs: Set<String> = BodyRenderer.reservedIDs
        .union(["deck", "deck-stage", "deck-live", "deck-help", "deck-help-title", "deck-controls", "deck-overview",
                "deck-presenter", "deck-next-title", "deck-notes-title", "deck-timer-title"])
        .union((1...999).map(String.init))

    var strings: UIStrings
    var language: String
    /// The deck page's output path (`en/slides/<id>/index.html`).
    var path: String
    var diagnostics = Diagnostics()

    /// The template context of the deck page; `base` is what every page shares (strings,
    /// home link, language switcher, alternates).
    mutating func context(for deck: Deck, base: [String: Any], siteTitle: String, bodies: inout BodyRenderer,
                          directives: DirectiveRenderer) -> [String: Any] {
        guard let translation = deck.translations[language] else { return base }
        let body = translation.info.body
        let rendered = bodies.renderDeck(body, language: language, pagePath: path, reservedIDs: Self.reservedIDs,
                                         directives: directives)
        let total = rendered.count + 1
        var slides: [[String: Any]] = []
        for (offset, slide) in rendered.enumerated() {
            let number = offset + 2
            let layout = DeckSlideLayout(blocks: slide.blocks)
            let measure = DeckSlideMeasure(html: layout.html, split: layout.isSplit, figureShare: layout.figureShare)
            if measure.overflows {
                diagnostics.warning(
                    SourceLocation(file: body.file, line: slide.line, column: 1),
                    "slide \(number) holds more than fits on its 16:9 stage (about \(Self.percent(measure.height)) of it); it will be shrunk on screen and cut in the PDF",
                    note: "split it with a '---' line or shorten it")
            }
            let heading = slide.headings.first?.text ?? ""
            var classes = ["slide"]
            if layout.isSplit { classes.append("split") }
            slides.append([
                "number": number,
                "label": label(number, total, heading),
                "html": Self.preparingCharts(layout.html),
                "classes": classes.joined(separator: " "),
            ])
        }
        var context = base
        context["html_title"] = "\(translation.title) — \(siteTitle)"
        context["description"] = translation.subtitle ?? translation.title
        context["slides_css_url"] = RelativeURL.from(path, to: "assets/slides.css")
        context["slides_js_url"] = RelativeURL.from(path, to: "assets/slides.js")
        context["deck_key"] = "\(language)/\(deck.id)"
        context["title"] = translation.title
        context["subtitle"] = translation.subtitle ?? ""
        context["event"] = translation.event ?? ""
        context["deck_date"] = deck.date ?? ""
        context["deck_date_text"] = deck.date.map { Self.displayDate($0, language: language) } ?? ""
        context["title_label"] = label(1, total, translation.title)
        context["slides"] = slides
        context["slide_count"] = total
        return context
    }

    /// Charts made ready for WeasyPrint, which ignores CSS on SVG: the font and colours of
    /// slides.css also as SVG attributes (browsers let the stylesheet win over them).
    static func preparingCharts(_ html: String) -> String {
        guard html.contains("<svg class=\"chart\" ") else { return html }
        var result = html.replacingOccurrences(
            of: "<svg class=\"chart\" ", with: "<svg class=\"chart\" font-family=\"Arial, Liberation Sans, sans-serif\" ")
        for (kind, colour) in [("chart-track", "#e8edf0"), ("chart-bar", "#0b5f7a")] {
            let tag = "<rect class=\"\(kind)\" "
            var pieces = result.components(separatedBy: tag)
            for index in pieces.indices.dropFirst() where !pieces[index].prefix(while: { $0 != ">" }).contains("fill=") {
                pieces[index] = "fill=\"\(colour)\" " + pieces[index]
            }
            result = pieces.joined(separator: tag)
        }
        return result
    }

    /// "3 of 13: SEDPs received": the slide's accessible name.
    private func label(_ number: Int, _ total: Int, _ heading: String) -> String {
        let position = strings["deck_position"].replacingOccurrences(of: "{n}", with: String(number))
            .replacingOccurrences(of: "{total}", with: String(total))
        return heading.isEmpty ? position : "\(position): \(heading)"
    }

    private static func percent(_ height: Double) -> String {
        "\(Int((height / DeckSlideMeasure.capacity * 100).rounded()))%"
    }

    /// `2022-06-30` as an audience reads it: `30.06.2022` in Russian, `30 June 2022` in English.
    static func displayDate(_ iso: String, language: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        switch language {
        case "en":
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]
            return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
        case "ru", "ky":
            return String(format: "%02d.%02d.%04d", parts[2], parts[1], parts[0])
        default:
            return iso
        }
    }
}
