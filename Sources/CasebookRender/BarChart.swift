/// A horizontal bar chart as inline SVG, with the same numbers as a table for screen readers.
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        /// The text printed at the end of the bar ("72 %", "5").
        var valueLabel: String
    }

    var id: String
    var title: String
    var description: String
    var bars: [Bar]
    /// The value a full-width bar stands for.
    var maximum: Double
    var labelHeader: String
    var valueHeader: String

    /// A narrow canvas drawn at about its natural size on a phone (the text at least the body
    /// size there), capped by the stylesheets elsewhere: about 20 px text on a wide screen,
    /// 60–90% of the bullet text on a slide, 10 pt in the printed book.
    static let width = 320.0
    /// The labels' size, in the canvas' units; written on the `<svg>` so every renderer
    /// (browsers, WeasyPrint) starts from it.
    static let fontSize = 16.0
    private static let valueWidth = 72.0
    private static let lineHeight = 20.0
    private static let barHeight = 18.0
    private static let rowGap = 12.0

    /// The SVG in a `<figure>` with its caption, then the numbers as a table in a `<details>`.
    /// Each row is the label, wrapped onto as many lines as it needs, with the bar and its
    /// value below: a label is never cut, on a phone, a slide or paper.
    /// `forSlide`: labels go beside the bars when, stacked, the chart would be taller than
    /// a slide's half lets it be at a readable size (more than 0.9 times as tall as wide).
    func html(tableSummary: String, forSlide: Bool = false) -> String {
        let stackedHeight = bars.reduce(4.0) {
            $0 + Self.rowHeight(lines: ChartLabelWrapper.lines($1.label, width: Self.width, fontSize: Self.fontSize).count)
        }
        let beside = forSlide && stackedHeight > Self.width * 0.9
        return (beside ? renderedBeside(tableSummary: tableSummary) : rendered(tableSummary: tableSummary)).renderText
    }

    /// `html` as bytes for a page's template, which copies them as they are.
    func rendered(tableSummary: String) -> RenderedHTML {
        let barSpace = Self.width - Self.valueWidth
        let lines = bars.map { ChartLabelWrapper.lines($0.label, width: Self.width, fontSize: Self.fontSize) }
        let height = lines.reduce(4.0) { $0 + Self.rowHeight(lines: $1.count) }
        // Built as bytes: a case page has two charts, and interpolated strings appended piece
        // by piece cost more than the rest of the page's context.
        var out = start(figureClass: "chart-figure", width: Self.width, height: height)
        var y = 0.0
        for (bar, labelLines) in zip(bars, lines) {
            let length = maximum > 0 ? max(0, min(1, bar.value / maximum)) * barSpace : 0
            out.put("<g><title>"); out.escaped(bar.label); out.put(": "); out.escaped(bar.valueLabel); out.put("</title>")
            for (number, line) in labelLines.enumerated() {
                out.put("<text class=\"chart-label\" x=\"0\" y=\""); out.put(format(y + 16 + Double(number) * Self.lineHeight))
                out.put("\">"); out.escaped(line); out.put("</text>")
            }
            let barTop = y + Double(labelLines.count) * Self.lineHeight + 5
            out.put("<rect class=\"chart-track\" x=\"0\" y=\""); out.put(format(barTop)); out.put("\" width=\"")
            out.put(format(barSpace)); out.put("\" height=\"18\"/><rect class=\"chart-bar\" x=\"0\" y=\""); out.put(format(barTop))
            out.put("\" width=\""); out.put(format(length)); out.put("\" height=\"18\"/>")
            // Values stand in one column right of the bars, so a long bar never covers its number.
            out.put("<text class=\"chart-value\" x=\""); out.put(format(barSpace + 6)); out.put("\" y=\""); out.put(format(barTop + 15))
            out.put("\">"); out.escaped(bar.valueLabel); out.put("</text></g>")
            y += Self.rowHeight(lines: labelLines.count)
        }
        finish(&out, tableSummary: tableSummary)
        return RenderedHTML(bytes: out.bytes)
    }

    /// For a slide, where height is scarce: each label wrapped in a column left of its bar,
    /// on a wider canvas, so ten criteria fit beside the slide's text at a readable size.
    func renderedBeside(tableSummary: String) -> RenderedHTML {
        let width = 560.0, labelWidth = 240.0, barX = 250.0
        let barSpace = width - barX - Self.valueWidth
        let lines = bars.map { ChartLabelWrapper.lines($0.label, width: labelWidth, fontSize: Self.fontSize) }
        let rows = lines.map { max(Double($0.count) * 19, Self.barHeight + 2) + 10 }
        var out = start(figureClass: "chart-figure chart-beside", width: width, height: rows.reduce(0, +))
        var y = 0.0
        for ((bar, labelLines), row) in zip(zip(bars, lines), rows) {
            let length = maximum > 0 ? max(0, min(1, bar.value / maximum)) * barSpace : 0
            let barTop = y + (row - 10 - Self.barHeight) / 2
            out.put("<g><title>"); out.escaped(bar.label); out.put(": "); out.escaped(bar.valueLabel); out.put("</title>")
            let firstLine = y + (row - 10 - Double(labelLines.count) * 19) / 2 + 15
            for (number, line) in labelLines.enumerated() {
                out.put("<text class=\"chart-label\" x=\"0\" y=\""); out.put(format(firstLine + Double(number) * 19))
                out.put("\">"); out.escaped(line); out.put("</text>")
            }
            out.put("<rect class=\"chart-track\" x=\"250\" y=\""); out.put(format(barTop)); out.put("\" width=\"")
            out.put(format(barSpace)); out.put("\" height=\"18\"/><rect class=\"chart-bar\" x=\"250\" y=\""); out.put(format(barTop))
            out.put("\" width=\""); out.put(format(length)); out.put("\" height=\"18\"/>")
            out.put("<text class=\"chart-value\" x=\""); out.put(format(barX + barSpace + 6)); out.put("\" y=\""); out.put(format(barTop + 15))
            out.put("\">"); out.escaped(bar.valueLabel); out.put("</text></g>")
            y += row
        }
        finish(&out, tableSummary: tableSummary)
        return RenderedHTML(bytes: out.bytes)
    }

    /// The figure and the `<svg>` up to its first bar, with the chart's title and description.
    private func start(figureClass: StaticString, width: Double, height: Double) -> HTMLBytes {
        var out = HTMLBytes(capacity: 1024 + bars.count * 640)
        out.put("<div class=\"chart-block\"><figure class=\""); out.put(figureClass); out.put("\">")
        out.put("<svg class=\"chart\" viewBox=\"0 0 "); out.put(format(width)); out.put(" "); out.put(format(height))
        out.put("\" font-size=\""); out.put(format(Self.fontSize))
        out.put("\" role=\"img\" aria-labelledby=\""); out.put(id); out.put("-t "); out.put(id)
        out.put("-d\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"")
        out.put(id); out.put("-t\">"); out.escaped(title); out.put("</title><desc id=\""); out.put(id); out.put("-d\">")
        out.escaped(description); out.put("</desc>")
        return out
    }

    /// The caption, then the numbers as a table.
    private func finish(_ out: inout HTMLBytes, tableSummary: String) {
        out.put("</svg><figcaption>"); out.escaped(title); out.put("</figcaption></figure>")
        out.put("<details class=\"chart-data\"><summary>"); out.escaped(tableSummary); out.put("</summary>")
        out.put("<table><thead><tr><th scope=\"col\">"); out.escaped(labelHeader); out.put("</th><th scope=\"col\">")
        out.escaped(valueHeader); out.put("</th></tr></thead><tbody>")
        for bar in bars {
            out.put("<tr><th scope=\"row\">"); out.escaped(bar.label); out.put("</th><td>"); out.escaped(bar.valueLabel)
            out.put("</td></tr>")
        }
        out.put("</tbody></table></details></div>")
    }

    private static func rowHeight(lines: Int) -> Double {
        Double(lines) * lineHeight + 5 + barHeight + rowGap
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// HTML put together as UTF-8 bytes.
struct HTMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func put(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `text` with `HTML.escape`'s escapes.
    mutating func escaped(_ text: String) {
        bytes.append(contentsOf: HTML.escape(text).utf8)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
