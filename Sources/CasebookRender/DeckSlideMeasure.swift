import Foundation

/// A rough measure of a slide's content, read from its HTML, in units of the stage's base
/// font (the stage is 40 × 22.5 of them): enough to tell at build time a slide that clearly
/// holds more than its 16:9 stage shows. The sizes mirror themes/default/assets/slides.css;
/// the browser still shrinks a slide that overflows a little, so this only has to catch the
/// clear cases (and keep PDFs, which nothing shrinks, from being cut).
struct DeckSlideMeasure {
    /// Height of the content box of a slide (22.5 minus the slide's padding).
    static let capacity = 19.4
    /// Width of the content box (40 minus the padding).
    static let width = 36.0
    /// Lines break at words, so a wrapped line holds a little less than the full width.
    static let lineFill = 0.93
    /// The tallest a chart or an image is drawn (`max-height` in slides.css).
    static let figureMaxHeight = 16.0

    enum Block: Equatable {
        /// Text lengths are in ems of the block's own font (see `advance(of:)`).
        case heading(level: Int, length: Double)
        case text(length: Double, indent: Int)
        case row(length: Double)
        /// A code block: its lines are kept as written (`pre` in slides.css).
        case code(lines: Int)
        case chart(aspect: Double)
        case image
        case stats(items: Int)
    }

    private(set) var blocks: [Block] = []
    /// Whether the figures stand left of the text (see `DeckSlideLayout`).
    var isSplit: Bool
    /// The share of the width the figures take when they stand left of the text.
    var figureShare: Double

    init(html: String, split: Bool, figureShare: Double = 0.5) {
        blocks = DeckSlideMeasure.blocks(in: html)
        isSplit = split
        self.figureShare = figureShare
    }

    /// The estimated height of the content, in base-font units.
    var height: Double {
        let figureWidth = isSplit ? Self.width * figureShare : Self.width
        let textWidth = isSplit ? Self.width - figureWidth - 1.2 : Self.width
        var top = 0.0, figures = 0.0, text = 0.0
        for (index, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let length):
                let size = level <= 2 ? 1.5 : (level == 3 ? 1.2 : 1.05)
                // Headings are bold: a little wider than the same text in regular weight.
                let lines = Self.lines(length * 1.08, size: size, width: index == 0 ? Self.width : textWidth)
                let height = lines * size * 1.15 + 0.5
                if index == 0 { top += height } else { text += height }
            case .text(let length, let indent):
                text += Self.lines(length, size: 1, width: textWidth - 1.2 * Double(indent)) * 1.3 + 0.3
            case .row(let length):
                text += Self.lines(length, size: 0.8, width: textWidth) * 0.8 * 1.3 + 0.5
            case .code(let lines):
                text += Double(max(1, lines)) * 0.75 * 1.35 + 0.9
            case .chart(let aspect):
                figures += min(figureWidth * aspect, Self.figureMaxHeight) + 1.1
            case .image:
                figures += Self.figureMaxHeight * 0.8
            case .stats(let items):
                let perRow = isSplit ? 2 : 4
                text += Double((items + perRow - 1) / perRow) * 4.3
            }
        }
        return top + (isSplit ? max(figures, text) : figures + text)
    }

    /// Whether the slide clearly holds more than its stage shows.
    var overflows: Bool { height > Self.capacity * 1.1 }

    private static func lines(_ length: Double, size: Double, width: Double) -> Double {
        let available = max(4, width)
        if length * size <= available { return 1 }
        return (length * size / (available * lineFill)).rounded(.up)
    }

    /// The blocks of `html`, speaker notes (a `div` of paragraphs) and the hidden chart tables
    /// left out.
    private static func blocks(in html: String) -> [Block] {
        var blocks: [Block] = []
        var open: [(tag: String, length: Double)] = []
        var listDepth = 0
        var statsItems: Int?
        var skipUntil: String?
        var rest = html[...]
        while !rest.isEmpty {
            guard let lt = rest.firstIndex(of: "<") else {
                if !open.isEmpty { open[open.count - 1].length += visibleLength(rest) }
                break
            }
            if !open.isEmpty, skipUntil == nil { open[open.count - 1].length += visibleLength(rest[..<lt]) }
            guard let gt = rest[lt...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            let closing = tag.hasPrefix("/")
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if let end = skipUntil {
                if closing && name == end { skipUntil = nil }
                continue
            }
            if !closing {
                switch name {
                case "div" where tag.contains("class=\"notes\""): skipUntil = "div"
                case "details": skipUntil = "details"
                case "svg":
                    blocks.append(.chart(aspect: aspect(of: tag)))
                    skipUntil = "svg"
                case "img": blocks.append(.image)
                case "pre":
                    let end = rest.range(of: "</pre>")?.lowerBound ?? rest.endIndex
                    blocks.append(.code(lines: rest[..<end].filter { $0 == "\n" }.count))
                    skipUntil = "pre"
                case "ul" where tag.contains("class=\"stats\""), "dl" where tag.contains("class=\"stats\""): statsItems = 0
                case "li" where statsItems != nil: statsItems! += 1
                case "ul", "ol": listDepth += 1
                case "dt" where statsItems != nil: statsItems! += 1
                case "dd" where statsItems != nil: break
                case "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "dt", "dd":
                    open.append((name, 0))
                default: break
                }
                continue
            }
            switch name {
            case "ul" where statsItems != nil, "dl":
                if let items = statsItems { blocks.append(.stats(items: items)) }
                statsItems = nil
            case "ul", "ol": listDepth = max(0, listDepth - 1)
            default:
                guard let top = open.last, top.tag == name else { continue }
                open.removeLast()
                switch name {
                case "tr": blocks.append(.row(length: top.length))
                // A list item whose text is all in paragraphs (a loose list) counts through them.
                case "p", "dt", "dd", "li":
                    if top.length > 0 { blocks.append(.text(length: top.length, indent: listDepth)) }
                default: blocks.append(.heading(level: Int(name.dropFirst()) ?? 2, length: top.length))
                }
            }
        }
        return blocks
    }

    /// Height over width of the first chart in `html`, if it has one.
    static func chartAspect(in html: String) -> Double? {
        guard let start = html.range(of: "<svg class=\"chart\"") else { return nil }
        return aspect(of: html[start.lowerBound...].prefix { $0 != ">" })
    }

    /// Height over width of an SVG's viewBox.
    private static func aspect(of tag: Substring) -> Double {
        guard let range = tag.range(of: "viewBox=\"") else { return 0.5 }
        let numbers = tag[range.upperBound...].prefix { $0 != "\"" }.split(separator: " ").compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0 else { return 0.5 }
        return numbers[3] / numbers[2]
    }

    /// The width of a stretch of HTML text in ems (an entity counts as one letter).
    private static func visibleLength(_ text: Substring) -> Double {
        var length = 0.0
        var inEntity = false
        for character in text {
            if character == "&" { inEntity = true; length += 0.5 }
            else if inEntity { if character == ";" { inEntity = false } }
            else { length += advance(of: character) }
        }
        return length
    }

    /// The advance of a character in ems, near the metrics of Arial / Liberation Sans.
    static func advance(of character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x20, 0x0A: return 0.28
        case 0x30...0x39: return 0.556
        case 0x61...0x7A: return 0.46
        case 0x41...0x5A: return 0.67
        case 0x0430...0x045F, 0x04A3, 0x04E9, 0x04AF: return 0.55
        case 0x0400...0x042F, 0x04A2, 0x04E8, 0x04AE: return 0.71
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return 0.3
        default: return character.isLetter ? 0.55 : 0.5
        }
    }
}
