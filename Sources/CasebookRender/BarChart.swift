/// A horizontal bar chart as inline SVG, with the same numbers as a table for screen readers.
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        /// The text printed at the end of the bar ("72 %", "5").
        var valueLabel: String
        /// A value to mark with a thin line across the bar (an average to compare with).
        var marker: Double? = nil
    }

    var id: String
    var title: String
    var description: String
    var bars: [Bar]
    /// The value a full-width bar stands for.
    var maximum: Double
    var labelHeader: String
    var valueHeader: String

    private static let width = 640.0
    private static let labelWidth = 230.0
    private static let rowHeight = 30.0
    private static let maxLabelCharacters = 26

    /// The SVG in a `<figure>` with its caption, then the numbers as a table in a `<details>`.
    func html(tableSummary: String) -> String {
        let height = Double(bars.count) * Self.rowHeight + 10
        let barSpace = Self.width - Self.labelWidth - 70
        var svg = """
        <svg class="chart" viewBox="0 0 \(Int(Self.width)) \(Int(height))" role="img" aria-labelledby="\(id)-t \(id)-d" \
        preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">\
        <title id="\(id)-t">\(HTML.escape(title))</title><desc id="\(id)-d">\(HTML.escape(description))</desc>
        """
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * Self.rowHeight + 5
            let length = maximum > 0 ? max(0, min(1, bar.value / maximum)) * barSpace : 0
            let label = bar.label.count > Self.maxLabelCharacters
                ? String(bar.label.prefix(Self.maxLabelCharacters - 1)) + "…" : bar.label
            svg += "<g><title>\(HTML.escape(bar.label)): \(HTML.escape(bar.valueLabel))</title>"
            svg += "<text class=\"chart-label\" x=\"\(Int(Self.labelWidth - 8))\" y=\"\(format(y + 19))\" text-anchor=\"end\">\(HTML.escape(label))</text>"
            svg += "<rect class=\"chart-track\" x=\"\(Int(Self.labelWidth))\" y=\"\(format(y + 4))\" width=\"\(format(barSpace))\" height=\"20\"/>"
            svg += "<rect class=\"chart-bar\" x=\"\(Int(Self.labelWidth))\" y=\"\(format(y + 4))\" width=\"\(format(length))\" height=\"20\"/>"
            if let marker = bar.marker, maximum > 0 {
                let x = Self.labelWidth + max(0, min(1, marker / maximum)) * barSpace
                svg += "<line class=\"chart-marker\" x1=\"\(format(x))\" x2=\"\(format(x))\" y1=\"\(format(y + 1))\" y2=\"\(format(y + 27))\"/>"
            }
            let valueX = max(Self.labelWidth + length, bar.marker.map { Self.labelWidth + max(0, min(1, $0 / maximum)) * barSpace } ?? 0)
            svg += "<text class=\"chart-value\" x=\"\(format(valueX + 6))\" y=\"\(format(y + 19))\">\(HTML.escape(bar.valueLabel))</text></g>"
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

/// HTML escaping for text and attribute values.
enum HTML {
    /// Opens a box that scrolls a wide table sideways and can be focused to scroll by keyboard.
    static func scrollableTableStart(label: String, attributes: String = "") -> String {
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(escape(label))\"><table\(attributes)>"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
