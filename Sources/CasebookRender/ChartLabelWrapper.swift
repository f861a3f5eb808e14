import CasebookSupport

/// Breaks a chart label into lines that fit the chart's width, measured with generous
/// average glyph widths of the sans-serif fonts the charts are drawn in (DejaVu Sans is the
/// widest of them), so a line never runs past the canvas whatever font the reader has.
enum ChartLabelWrapper {
    /// `text` in lines no wider than `width` at `fontSize`, broken at spaces and after hyphens;
    /// a word wider than a whole line is broken inside (with a hyphen) rather than cut.
    static func lines(_ text: String, width: Double, fontSize: Double) -> [String] {
        // The same labels (criteria, groups, sources) are on every page: each is broken once.
        memo.value(for: Label(text: text, width: width, fontSize: fontSize)) {
            breakLines(text, width: width, fontSize: fontSize)
        }
    }

    private struct Label: Hashable, Sendable {
        var text: String
        var width: Double
        var fontSize: Double
    }

    private static let memo = MemoTable<Label, [String]>()

    private static func breakLines(_ text: String, width: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for (separator, piece) in pieces(of: text) {
            let candidate = line.isEmpty ? piece : line + separator + piece
            if self.width(of: candidate, fontSize: fontSize) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = piece
            while self.width(of: line, fontSize: fontSize) > width {
                var head = ""
                for character in line {
                    guard self.width(of: head + String(character) + "-", fontSize: fontSize) <= width else { break }
                    head.append(character)
                }
                if head.isEmpty { head = String(line.prefix(1)) }
                lines.append(head + "-")
                line = String(line.dropFirst(head.count))
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The label's words, split after each hyphen too; each with what joins it to the one before.
    private static func pieces(of text: String) -> [(String, String)] {
        var pieces: [(String, String)] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var separator = " "
            var rest = Substring(word)
            while let hyphen = rest.dropFirst().firstIndex(of: "-"), hyphen < rest.index(before: rest.endIndex) {
                pieces.append((separator, String(rest[...hyphen])))
                separator = ""
                rest = rest[rest.index(after: hyphen)...]
            }
            pieces.append((separator, String(rest)))
        }
        return pieces
    }

    /// An estimate on the wide side: capitals and wide letters count more.
    static func width(of text: String, fontSize: Double) -> Double {
        text.reduce(0.0) { $0 + fontSize * em($1) }
    }

    private static func em(_ character: Character) -> Double {
        if character == " " { return 0.32 }
        if "ilj.,:;'!|()[]ітI-".contains(character) { return 0.36 }
        if "mwMWшщжфыюШЩЖФЫЮМм%".contains(character) { return 0.86 }
        if character.isUppercase || character.isNumber { return 0.72 }
        return 0.62
    }
}
