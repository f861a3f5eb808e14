/// Turns libyaml's words about a syntax error ("mapping values are not allowed in this
/// context") into what the author did and how to fix it ("the value of 'title' contains ': ';
/// put the whole value in double quotes: title: \"Детсад: новый\""), placed at the field whose
/// value is wrong. Reads the lines around libyaml's position; nil when the mistake is not one
/// of the common ones, and libyaml's own words are shown.
enum YAMLErrorExplainer {
    /// What went wrong, at a line and column of the YAML text.
    struct Explanation: Equatable {
        var line: Int
        var column: Int
        var message: Message

        /// Spelled as a function so that the message check finds its texts.
        static func explained(line: Int, column: Int, _ message: Message) -> Explanation {
            Explanation(line: line, column: column, message: message)
        }
    }

    /// Where libyaml found the problem, and where the thing it was reading began.
    struct Report {
        var problem: String
        var line: Int
        var column: Int
        var context: String?
        var contextLine: Int
        var contextColumn: Int
    }

    /// Lines named in a message are shifted by `lineOffset`, as the diagnostic's own line is.
    static func explain(_ report: Report, text: String, lineOffset: Int) -> Explanation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            YAMLSourceLine(number: $0.offset + 1, text: $0.element.hasSuffix("\r") ? $0.element.dropLast() : $0.element)
        }
        func line(_ number: Int) -> YAMLSourceLine? { lines.indices.contains(number - 1) ? lines[number - 1] : nil }
        /// The nearest line above `number` that says something.
        func previous(_ number: Int) -> YAMLSourceLine? { lines.prefix(max(number - 1, 0)).last { !$0.isEmpty } }

        // A quote left open on an earlier line runs on to the next quote, and libyaml trips
        // over what follows that one, far from the cause.
        if report.problem != "found unexpected end of stream",
           let open = lines.prefix(max(report.line - 1, 0)).first(where: \.hasUnclosedQuote), let key = open.key,
           let quote = open.value.unicodeScalars.first {
            return .explained(line: open.number, column: open.keyColumn,
                              "the quote (\(quote)) that opens the value of '\(key)' is never closed; end the value with \(quote)")
        }
        switch report.problem {
        case "mapping values are not allowed in this context":
            guard let here = line(report.line) else { return nil }
            if let key = here.key, here.valueColumn <= report.column {
                let colon = here.character(at: report.column + 1) == nil ? ":" : ": "
                return Explanation.explained(line: here.number, column: here.keyColumn, "the value of '\(key)' contains '\(colon)', which YAML reads as the start of another field; put the whole value in double quotes: \(here.quoted)")
            }
            guard let above = previous(report.line) else { return nil }
            if above.key == nil, !above.isListItem {
                return notAField(above)
            }
            if let key = here.key, let parent = above.key, !above.value.isEmpty, here.indent > above.indent {
                return Explanation.explained(line: here.number, column: here.keyColumn, "'\(key)' is indented more than '\(parent)' above it, so YAML reads it as part of the value of '\(parent)'; start '\(key)' in the same column as '\(parent)', or, if it belongs to that value, put the whole value in double quotes")
            }
            return nil
        case "could not find expected ':'":
            return line(report.contextLine).map(notAField)
        case "found unexpected end of stream" where report.context == "while scanning a quoted scalar":
            guard let start = line(report.contextLine), let quote = start.character(at: report.contextColumn) else { return nil }
            if let key = start.key, start.valueColumn == report.contextColumn {
                return Explanation.explained(line: start.number, column: start.keyColumn, "the quote (\(quote)) that opens the value of '\(key)' is never closed; end the value with \(quote)")
            }
            return Explanation.explained(line: start.number, column: report.contextColumn, "the quote (\(quote)) opened here is never closed; end the value with \(quote)")
        case "found character that cannot start any token":
            guard let here = line(report.line), let character = here.character(at: report.column) else { return nil }
            if character == "\t" {
                return Explanation.explained(line: here.number, column: report.column, "a tab character; YAML allows only spaces here, replace it with spaces")
            }
            return reservedStart(here, at: report.column)
        case "did not find expected alphabetic or numeric character", "did not find expected comment or line break":
            return line(report.contextLine).flatMap { reservedStart($0, at: report.contextColumn) }
        case "block sequence entries are not allowed in this context", "mapping keys are not allowed in this context":
            return line(report.line).flatMap { reservedStart($0, at: report.column) }
        case "did not find expected key":
            guard let here = line(report.line) else { return nil }
            if let key = here.key, let first = here.value.unicodeScalars.first, report.column > here.valueColumn {
                if first == "\"" || first == "'" {
                    return Explanation.explained(line: here.number, column: here.keyColumn, "the value of '\(key)' goes on after its closing quote; put the whole value in double quotes, writing each \" inside it as \\\": \(here.quoted)")
                }
                if first == "[" || first == "{" { return reservedStart(here, at: here.valueColumn) }
            }
            if here.isListItem {
                let items = lines.prefix(here.number - 1).filter { $0.isListItem && $0.number > report.contextLine }
                if let item = items.last, item.indent != here.indent {
                    return Explanation.explained(line: here.number, column: here.indent + 1, "this list item does not line up with the items above it; start every '- ' in column \(item.indent + 1)")
                }
                return Explanation.explained(line: here.number, column: here.indent + 1, "a list item ('- …') among the fields; put it under its field (such as 'highlights:') and indent it by two spaces")
            }
            if let above = previous(report.line), above.indent != here.indent {
                return Explanation.explained(line: here.number, column: here.indent + 1, "'\(here.key ?? here.excerpt)' does not line up with the fields above it; start it in column \(above.keyColumn) like '\(above.key ?? above.excerpt)' on line \(above.number + lineOffset), or in the column of the field it belongs to")
            }
            return nil
        case "did not find expected '-' indicator":
            guard let here = line(report.line) else { return nil }
            if let key = here.key, !here.isListItem {
                return Explanation.explained(line: here.number, column: here.keyColumn, "'\(key)' does not line up with the list above it: a field of the list item starts in column \(report.contextColumn + 2), a list item with '- ' in column \(report.contextColumn)")
            }
            if here.isListItem {
                return Explanation.explained(line: here.number, column: here.indent + 1, "this list item does not line up with the items above it; start every '- ' in column \(report.contextColumn)")
            }
            return nil
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            guard let start = line(report.contextLine), let key = start.key, start.valueColumn == report.contextColumn else { return nil }
            let (open, close) = report.problem.hasSuffix("']'") ? ("[", "]") : ("{", "}")
            return Explanation.explained(line: start.number, column: start.keyColumn, "the '\(open)' that opens the value of '\(key)' is not closed with '\(close)' on the same line; close it, and put any item that contains ', ' or ': ' in double quotes")
        default:
            return nil
        }
    }

    /// The explanation for a key that appears twice in one mapping: at its second appearance,
    /// naming the first one's line.
    static func duplicate(_ key: String, contextLine: Int, contextColumn: Int, text: String, lineOffset: Int) -> Explanation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            YAMLSourceLine(number: $0.offset + 1, text: $0.element)
        }
        let found = lines.dropFirst(max(contextLine - 1, 0)).filter { $0.key == key && $0.keyColumn >= contextColumn }
        guard found.count >= 2, let column = found.map(\.keyColumn).min(), found.filter({ $0.keyColumn == column }).count >= 2 else { return nil }
        let same = found.filter { $0.keyColumn == column }
        return Explanation.explained(line: same[1].number, column: column, "'\(key)' is written twice (first on line \(same[0].number + lineOffset)); keep one of them")
    }

    /// Fields whose plain value YAML cuts at ` #`, reading the rest as a comment: a number
    /// sign meant as part of the text (`title: Детсад #1`). A comment set apart by more than
    /// one space, or with a space after `#` (`municipality: alpha   # shared`), is meant.
    static func valuesCutByComments(_ text: String) -> [Explanation] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, text in
            let line = YAMLSourceLine(number: offset + 1, text: text)
            guard let key = line.key, let first = line.value.first, first != "\"", first != "'", first != "[", first != "{",
                  let cut = line.value.range(of: " #"), cut.lowerBound > line.value.startIndex,
                  line.value[line.value.index(before: cut.lowerBound)] != " ",
                  cut.upperBound < line.value.endIndex, line.value[cut.upperBound] != " " else { return nil }
            return .explained(line: line.number, column: line.keyColumn,
                              "the value of '\(key)' ends before ' #': YAML reads the rest of the line as a comment; put the whole value in double quotes: \(line.quoted)")
        }
    }

    /// A line that is not `name: value`.
    private static func notAField(_ line: YAMLSourceLine) -> Explanation {
        Explanation.explained(line: line.number, column: line.indent + 1, "'\(line.excerpt)' is not a field: write a field as 'name: value', with a colon and a space after the name")
    }

    /// A value that starts with a character YAML reads as syntax (`@`, `` ` ``, `[`, `*`, `|`…).
    private static func reservedStart(_ line: YAMLSourceLine, at column: Int) -> Explanation? {
        guard let key = line.key, line.valueColumn == column, let first = line.value.unicodeScalars.first else { return nil }
        let start = first == "-" || first == "?" ? "\(first) " : "\(first)"
        return Explanation.explained(line: line.number, column: line.keyColumn, "the value of '\(key)' starts with '\(start)', which has a meaning of its own in YAML; put the whole value in double quotes: \(line.quoted)")
    }
}
