import Foundation

/// How the top-level blocks of a slide are placed on its stage. In order, one under the
/// other — unless the slide holds a figure (a chart, an image alone in its paragraph) and
/// text: then the heading goes across the top, the figures left and the text right, in a
/// two-cell table that browsers and WeasyPrint lay out alike. The figures take half the
/// width (a chart with its labels beside the bars up to 60%), or less when a tall chart would
/// not use it (it is drawn at most 16 em high).
struct DeckSlideLayout {
    enum Role: Equatable { case heading, figure, notes, text }

    private(set) var html = ""
    private(set) var isSplit = false
    /// The share of the width the figures take on a split slide.
    private(set) var figureShare = 0.5

    init(blocks: [String]) {
        var roles: [(Role, String)] = []
        for block in blocks where !block.allSatisfy(\.isWhitespace) {
            let role = Self.role(of: block, first: roles.allSatisfy { $0.0 == .notes })
            roles.append((role, role == .figure ? Self.markingImage(block) : block))
        }
        let figures = roles.filter { $0.0 == .figure }.map(\.1)
        let text = roles.filter { $0.0 == .text }.map(\.1)
        guard !figures.isEmpty, !text.isEmpty else {
            html = roles.map(\.1).joined()
            return
        }
        isSplit = true
        figureShare = figures.map { figure in
            guard let aspect = DeckSlideMeasure.chartAspect(in: figure), aspect > 0 else { return 0.5 }
            // A chart with its labels beside the bars may take more of the width.
            let widest = figure.contains("chart-figure chart-beside") ? 0.6 : 0.5
            return min(widest, DeckSlideMeasure.figureMaxHeight / aspect / DeckSlideMeasure.width)
        }.max() ?? 0.5
        figureShare = (figureShare * 100).rounded(.up) / 100
        html = roles.filter { $0.0 == .heading }.map(\.1).joined()
            + "<div class=\"slide-columns\"><div class=\"slide-figures\" style=\"width: \(Int(figureShare * 100))%\">\n"
            + figures.joined()
            + "</div><div class=\"slide-text\">\n" + text.joined() + "</div></div>\n"
            + roles.filter { $0.0 == .notes }.map(\.1).joined()
    }

    static func role(of block: String, first: Bool) -> Role {
        if block.hasPrefix("<div class=\"notes\"") { return .notes }
        if block.hasPrefix("<div class=\"chart-block\"") || isImageParagraph(block) { return .figure }
        if first, block.hasPrefix("<h"), block.dropFirst(2).first?.isNumber == true { return .heading }
        return .text
    }

    /// `<p><img … /></p>`: an image with nothing else in its paragraph.
    private static func isImageParagraph(_ block: String) -> Bool {
        guard block.hasPrefix("<p><img "), let end = block.range(of: "/>") else { return false }
        return block[end.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines) == "</p>"
            && !block[..<end.lowerBound].dropFirst(8).contains("<")
    }

    private static func markingImage(_ block: String) -> String {
        isImageParagraph(block) ? "<p class=\"slide-image\">" + block.dropFirst(3) : block
    }
}
