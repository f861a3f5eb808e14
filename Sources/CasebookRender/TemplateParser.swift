import CasebookModel
import CasebookSupport

/// Turns Mustache template text into `CompiledTemplate` nodes, following the Mustache
/// specification (https://github.com/mustache/spec): variables escaped and raw, dotted names,
/// the implicit iterator, sections, inverted sections, partials (indented when standalone),
/// comments, delimiter changes and the standalone-line rules. Besides the spec it reads the
/// position of an element in its sequence (`{{#first()}}`, `last()`, `index()`, `even()`,
/// `odd()`), which themes written for swift-mustache use. Anything else (template
/// inheritance, pragmas, dynamic partials, other transforms) and every malformed tag is an
/// error located in the template file.
struct TemplateParser {
    let file: String
    private let bytes: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    /// Whether to mark where each line of the template starts (`Node.indent`), for a partial
    /// included on indented lines: the spec indents each line of the partial's text, so that
    /// values rendered into it are not indented, and standalone lines go with their indentation.
    let indentable: Bool

    init(_ text: String, file: String, indentable: Bool = false) {
        self.file = file
        self.indentable = indentable
        bytes = Array(text.utf8)
    }

    /// The template's nodes, or the first error in it.
    mutating func parse() throws(Diagnostic) -> CompiledTemplate {
        CompiledTemplate(nodes: try nest(removingStandaloneLines(try tokens())))
    }

    // MARK: Tokens

    private mutating func tokens() throws(Diagnostic) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var index = 0
        while index < bytes.count {
            if starts(with: open, at: index) {
                let (tag, end) = try tag(at: index)
                tokens.append(.tag(tag))
                index = end
            } else if bytes[index] == UInt8(ascii: "\n") {
                tokens.append(.newline(index..<index + 1))
                index += 1
            } else if isCRLF(at: index) {
                tokens.append(.newline(index..<index + 2))
                index += 2
            } else {
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), !isCRLF(at: end), !starts(with: open, at: end) { end += 1 }
                tokens.append(.text(index..<end))
                index = end
            }
        }
        return tokens
    }

    /// The tag whose opening delimiter is at `start`, and the offset after its closing delimiter.
    private mutating func tag(at start: Int) throws(Diagnostic) -> (TemplateToken.Tag, Int) {
        let contentStart = start + open.count
        let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
        let openText = String(decoding: open, as: UTF8.self)
        func closing(_ terminator: [UInt8], after from: Int, shown: String) throws(Diagnostic) -> Int {
            guard let end = find(terminator, from: from) else {
                throw error(at: start, "unclosed tag: no '\(shown)' after this '\(openText)'")
            }
            return end
        }
        func name(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self).trimmingWhitespace()
        }
        switch sigil {
        case UInt8(ascii: "!"):
            let end = try closing(close, after: contentStart + 1, shown: String(decoding: close, as: UTF8.self))
            return (TemplateToken.Tag(kind: .comment, name: "", offset: start), end + close.count)
        case UInt8(ascii: "="):
            let terminator = [UInt8(ascii: "=")] + close
            let end = try closing(terminator, after: contentStart + 1, shown: String(decoding: terminator, as: UTF8.self))
            let parts = name(contentStart + 1..<end).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                throw error(at: start, "invalid delimiter change: '\(openText)=' takes two delimiters, without spaces or '=' in them")
            }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
            return (TemplateToken.Tag(kind: .delimiters, name: "", offset: start), end + terminator.count)
        case UInt8(ascii: "{"):
            let terminator = [UInt8(ascii: "}")] + close
            let end = try closing(terminator, after: contentStart + 1, shown: String(decoding: terminator, as: UTF8.self))
            let tag = TemplateToken.Tag(kind: .variable(escaped: false), name: try checkedName(name(contentStart + 1..<end), at: start), offset: start)
            return (tag, end + terminator.count)
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            throw error(at: start, "template inheritance ('\(openText)<' and '\(openText)$') is not supported")
        case UInt8(ascii: "%"):
            throw error(at: start, "pragmas ('\(openText)%') are not supported")
        default:
            let end = try closing(close, after: contentStart, shown: String(decoding: close, as: UTF8.self))
            let kind: TemplateToken.Tag.Kind
            switch sigil {
            case UInt8(ascii: "&"): kind = .variable(escaped: false)
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: ">"): kind = .partial
            default: kind = .variable(escaped: true)
            }
            let text = name((kind == .variable(escaped: true) ? contentStart : contentStart + 1)..<end)
            let checked: String
            if kind == .partial {
                if text.hasPrefix("*") { throw error(at: start, "dynamic partial names ('\(openText)>*') are not supported") }
                guard !text.isEmpty, !text.contains(where: \.isWhitespace) else { throw error(at: start, "'\(text)' is not a partial name") }
                checked = text
            } else {
                checked = try checkedName(text, at: start)
            }
            return (TemplateToken.Tag(kind: kind, name: checked, offset: start), end + close.count)
        }
    }

    /// `name` if it is a name this renderer can look up: `.`, `a`, `a.b`, or a position transform.
    private func checkedName(_ name: String, at offset: Int) throws(Diagnostic) -> String {
        guard !name.isEmpty else { throw error(at: offset, "empty tag: a name is missing") }
        guard !name.contains(where: \.isWhitespace) else { throw error(at: offset, "'\(name)' is not a name: names have no spaces") }
        if name.contains("(") || name.contains(")") {
            let transforms = CompiledTemplate.Name.sequenceTransforms.sorted()
            guard name.hasSuffix("()"), transforms.contains(String(name.dropLast(2))) else {
                throw error(at: offset, "'\(name)' uses a transform; only \(transforms.map { "\($0)()" }.joined(separator: ", ")) are supported")
            }
        }
        return name
    }

    // MARK: Standalone lines

    /// The tokens without the white space and line break around each tag that stands alone on
    /// its line (sections, inverted sections, closing tags, partials, comments, delimiter
    /// changes); a standalone partial keeps the white space before it as its indentation.
    /// Every other line starts with `.indent` when the template is `indentable`.
    private func removingStandaloneLines(_ tokens: [TemplateToken]) -> [TemplateToken] {
        var result: [TemplateToken] = []
        result.reserveCapacity(tokens.count)
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart
            while lineEnd < tokens.count {
                defer { lineEnd += 1 }
                if case .newline = tokens[lineEnd] { break }
            }
            let line = tokens[lineStart..<lineEnd]
            lineStart = lineEnd
            var standalone: TemplateToken.Tag?
            var indentation: [UInt8] = []
            var isStandalone = true
            for token in line {
                switch token {
                case .newline, .indent: break
                case .text(let range):
                    if !bytes[range].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { isStandalone = false }
                    if standalone == nil { indentation += bytes[range] }
                case .tag(let tag):
                    if standalone != nil || !tag.canStandAlone { isStandalone = false }
                    standalone = tag
                }
                if !isStandalone { break }
            }
            if isStandalone, var tag = standalone {
                if tag.kind == .partial { tag.indentation = indentation }
                result.append(.tag(tag))
            } else {
                if indentable { result.append(.indent) }
                result += line
            }
        }
        return result
    }

    // MARK: Sections

    private func nest(_ tokens: [TemplateToken]) throws(Diagnostic) -> [CompiledTemplate.Node] {
        typealias Open = (tag: TemplateToken.Tag, nodes: [CompiledTemplate.Node])
        var stack: [Open] = [(TemplateToken.Tag(kind: .section, name: "", offset: 0), [])]
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { stack[stack.count - 1].nodes.append(.text(text)) }
            text = []
        }
        for token in tokens {
            switch token {
            case .text(let range), .newline(let range):
                text += bytes[range]
            case .indent:
                flush()
                stack[stack.count - 1].nodes.append(.indent)
            case .tag(let tag):
                flush()
                switch tag.kind {
                case .comment, .delimiters:
                    break
                case .variable(let escaped):
                    stack[stack.count - 1].nodes.append(.variable(CompiledTemplate.Name(tag.name), escaped: escaped))
                case .partial:
                    stack[stack.count - 1].nodes.append(.partial(tag.name, indentation: tag.indentation))
                case .section, .inverted:
                    stack.append((tag, []))
                case .close:
                    guard stack.count > 1 else { throw error(at: tag.offset, "closing tag '\(tag.name)' has no open section") }
                    let section = stack.removeLast()
                    guard section.tag.name == tag.name else {
                        let (line, column) = position(of: section.tag.offset)
                        throw error(at: tag.offset, "closing tag '\(tag.name)' does not match the open section '\(section.tag.name)' (opened at \(line):\(column))")
                    }
                    stack[stack.count - 1].nodes.append(.section(CompiledTemplate.Name(section.tag.name), body: section.nodes,
                                                                 inverted: section.tag.kind == .inverted))
                }
            }
        }
        flush()
        if stack.count > 1, let section = stack.last {
            throw error(at: section.tag.offset, "section '\(section.tag.name)' is not closed")
        }
        return stack[0].nodes
    }

    // MARK: Bytes and locations

    private func starts(with delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in 0..<delimiter.count where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }

    private func isCRLF(at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if starts(with: needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Line and column (in characters, from 1) of a byte offset.
    private func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }

    private func error(at offset: Int, _ message: Message) -> Diagnostic {
        let (line, column) = position(of: offset)
        return .error(SourceLocation(file: file, line: line, column: column), message)
    }
}
