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

    /// A narrow canvas: on a phone it is drawn near its natural size, so the text stays
    /// readable without sideways scrolling; on wider screens the stylesheet caps its width.
    private static let width = 420.0
    private static let valueWidth = 64.0
    private static let rowHeight = 46.0
    private static let maxLabelCharacters = 56

    /// The SVG in a `<figure>` with its caption, then the numbers as a table in a `<details>`.
    /// Each row is the label on its own line with the bar and its value below, so long
    /// labels (Cyrillic criteria names) need no truncation in most cases.
    func html(tableSummary: String) -> String {
        let height = Double(bars.count) * Self.rowHeight + 4
        let barSpace = Self.width - Self.valueWidth
        var svg = """
        <svg class="chart" viewBox="0 0 \(Int(Self.width)) \(Int(height))" role="img" aria-labelledby="\(id)-t \(id)-d" \
        preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">\
        <title id="\(id)-t">\(HTML.escape(title))</title><desc id="\(id)-d">\(HTML.escape(description))</desc>
        """
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * Self.rowHeight
            let length = maximum > 0 ? max(0, min(1, bar.value / maximum)) * barSpace : 0
            let label = bar.label.count > Self.maxLabelCharacters
                ? String(bar.label.prefix(Self.maxLabelCharacters - 1)) + "…" : bar.label
            svg += "<g><title>\(HTML.escape(bar.label)): \(HTML.escape(bar.valueLabel))</title>"
            svg += "<text class=\"chart-label\" x=\"0\" y=\"\(format(y + 15))\">\(HTML.escape(label))</text>"
            svg += "<rect class=\"chart-track\" x=\"0\" y=\"\(format(y + 21))\" width=\"\(format(barSpace))\" height=\"18\"/>"
            svg += "<rect class=\"chart-bar\" x=\"0\" y=\"\(format(y + 21))\" width=\"\(format(length))\" height=\"18\"/>"
            // Values stand in one column right of the bars, so a long bar never covers its number.
            svg += "<text class=\"chart-value\" x=\"\(format(barSpace + 8))\" y=\"\(format(y + 35))\">\(HTML.escape(bar.valueLabel))</text></g>"
        }
        svg += "</svg>"
        var table = "<table><thead><tr><th scope=\"col\">\(HTML.escape(labelHeader))</th><th scope=\"col\">\(HTML.escape(valueHeader))</th></tr></thead><tbody>"
        for bar in bars {
            table += "<tr><th scope=\"row\">\(HTML.escape(bar.label))</th><td>\(HTML.escape(bar.valueLabel))</td></tr>"
        }
        table += "</tbody></table>"
        return "<div class=\"chart-block\"><figure class=\"chart-figure\">\(svg)<figcaption>\(HTML.escape(title))</figcaption></figure>"
            + "<details class=\"chart-data\"><summary>\(HTML.escape(tableSummary))</summary>\(table)</details></div>"
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
