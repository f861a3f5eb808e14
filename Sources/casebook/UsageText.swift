import CasebookModel
import Foundation

/// ArgumentParser's own words — the help headings, "Error:", "Usage:", its parse errors — in
/// the chosen language. ArgumentParser makes the text unwrapped; each line is translated
/// through the catalogue, then wrapped to the terminal as ArgumentParser would wrap it.
enum UsageText {
    /// Wide enough that ArgumentParser wraps no line.
    static let unwrapped = 100_000

    /// Whether `text` (ArgumentParser's full message for an error) is a help text, which is
    /// translated; a completion script or the version is printed as it is.
    static func isHelp(_ text: String) -> Bool {
        text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ")
    }

    /// `text` in `language`, wrapped to `width` columns.
    static func translated(_ text: String, in language: MessageLanguage, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                let translated = self.line(String(line), in: language)
                // ArgumentParser leaves usage lines long; so do we.
                return line.hasPrefix("USAGE: ") || line.hasPrefix("Usage: ") ? translated : wrapped(translated, width: width)
            }
            .joined(separator: "\n")
    }

    /// The terminal's width as ArgumentParser reads it: COLUMNS, the terminal, or 80.
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// One line of ArgumentParser's text in `language`; a line of ours (already translated)
    /// stays as it is.
    static func line(_ line: String, in language: MessageLanguage) -> String {
        func text(_ message: Message) -> String { message.rendered(in: language) }
        switch line {
        case "OPTIONS:": return text("OPTIONS:")
        case "ARGUMENTS:": return text("ARGUMENTS:")
        case "SUBCOMMANDS:": return text("SUBCOMMANDS:")
        default: break
        }
        if let rest = line.after("OVERVIEW: ") { return text("OVERVIEW: \(rest)") }
        if let rest = line.after("USAGE: ") { return text("USAGE: \(rest)").replacingOccurrences(of: "<subcommand>", with: text("<subcommand>")) }
        if let rest = line.after("Usage: ") { return text("Usage: \(rest)").replacingOccurrences(of: "<subcommand>", with: text("<subcommand>")) }
        if let rest = line.after("Help:  ") { return text("Help:  \(rest)") }
        if let rest = line.after("Error: ") { return text("Error: \(error(rest, in: language))") }
        if let names = captures(line, ["  See '", " <subcommand>' for detailed help."]) { return text("  See '\(names[0]) <subcommand>' for detailed help.") }
        if let names = captures(line, ["  See '", "' for more information."]) { return text("  See '\(names[0])' for more information.") }
        if line.hasSuffix("  Show the version.") { return line.dropLast("Show the version.".count) + text("Show the version.") }
        if line.hasSuffix("  Show help information.") { return line.dropLast("Show help information.".count) + text("Show help information.") }
        if let start = line.range(of: " (default: ", options: .backwards), line.hasSuffix(")") {
            return self.line(String(line[..<start.lowerBound]), in: language) + text(" (default: \(line[start.upperBound...].dropLast()))")
        }
        if let start = line.range(of: " (values: ", options: .backwards), line.hasSuffix(")") {
            return self.line(String(line[..<start.lowerBound]), in: language) + text(" (values: \(line[start.upperBound...].dropLast()))")
        }
        return line
    }

    /// ArgumentParser's error messages that casebook's commands can meet.
    static func error(_ text: String, in language: MessageLanguage) -> Message {
        if let found = captures(text, ["Unknown option '", "'. Did you mean '", "'?"]) {
            return "Unknown option '\(found[0])'. Did you mean '\(found[1])'?"
        }
        if let found = captures(text, ["Unknown option '", "'"]) { return "Unknown option '\(found[0])'" }
        if let found = captures(text, ["Missing expected argument '", "'"]) { return "Missing expected argument '\(found[0])'" }
        if let found = captures(text, ["Missing value for '", "'"]) { return "Missing value for '\(found[0])'" }
        if let found = captures(text, ["Unexpected argument '", "'"]) { return "Unexpected argument '\(found[0])'" }
        if let found = captures(text, ["", " unexpected arguments: '", "'"]), let count = Int(found[0]) {
            let quoted = found[1].components(separatedBy: "', '").map(language.quoted).joined(separator: ", ")
            return "\(count) \(plural: count, "unexpected argument", "unexpected arguments"): \(quoted)"
        }
        if let found = captures(text, ["The option '", "' does not take any value, but '", "' was specified."]) {
            return "The option '\(found[0])' does not take any value, but '\(found[1])' was specified."
        }
        if let found = captures(text, ["The value '", "' is invalid for '", "'"]) {
            return "The value '\(found[0])' is invalid for '\(found[1])'"
        }
        return Message(verbatim: text)
    }

    /// The texts between `pieces`, when `text` is made of them: `["a '", "'"]` on `a 'x'`
    /// gives `["x"]`; nil when it is not.
    static func captures(_ text: String, _ pieces: [String]) -> [String]? {
        guard let first = pieces.first, let last = pieces.last, pieces.count >= 2,
              text.hasPrefix(first), text.hasSuffix(last), text.count >= first.count + last.count else { return nil }
        var rest = text.dropFirst(first.count).dropLast(last.count)
        var found: [String] = []
        for piece in pieces.dropFirst().dropLast() {
            guard let range = rest.range(of: piece) else { return nil }
            found.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        return found + [String(rest)]
    }

    /// `line` broken into lines shorter than `width` columns as ArgumentParser breaks them,
    /// each continuation indented to where the line's text starts: after an option's or
    /// subcommand's name, or at the line's own indent.
    static func wrapped(_ line: String, width: Int) -> String {
        var indent = line.prefix { $0 == " " }.count
        if indent == 2, let gap = line.range(of: "  ", range: line.index(line.startIndex, offsetBy: 2)..<line.endIndex) {
            let start = line.distance(from: line.startIndex, to: gap.lowerBound) + line[gap.lowerBound...].prefix { $0 == " " }.count
            if start <= width / 2 { indent = start }
        }
        let columns = width - indent
        let body = line.dropFirst(indent)
        // Shorter than `columns`: ArgumentParser wraps a text that goes on after a line
        // break, and a line as long as the screen is broken too.
        guard columns > 0, body.count >= columns else { return line }
        var pieces: [Substring] = []
        var current = body.startIndex
        while true {
            let chunk = body[current...].prefix(columns)
            if body[current...].count < columns {
                pieces.append(body[current...])
                break
            } else if let space = chunk.lastIndex(of: " ") ?? body[current...].firstIndex(of: " ") {
                pieces.append(body[current..<space])
                current = body.index(after: space)
            } else {
                pieces.append(body[current...])
                break
            }
        }
        let margin = String(repeating: " ", count: indent)
        return pieces.enumerated().map { $0.offset == 0 ? line.prefix(indent) + $0.element : margin + $0.element }
            .joined(separator: "\n")
    }
}

extension String {
    /// The rest of the string after `prefix`, if it starts with it.
    fileprivate func after(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
