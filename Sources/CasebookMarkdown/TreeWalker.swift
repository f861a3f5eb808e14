import Foundation
internal import CCmarkGFM
import CasebookSupport

/// Walks a parsed cmark tree once: collects headings, references, directives, dropped HTML
/// and plain text, rewrites destinations, and swaps directive blocks for placeholders.
struct TreeWalker {
    /// The source's UTF-8 bytes and where each of its lines starts in them.
    let bytes: [UInt8]
    let lineStarts: [Int]
    let lineOffset: Int
    private(set) var headings: [MarkdownHeading] = []
    private var references: [MarkdownReference] = []
    private var directives: [MarkdownDirective] = []
    private var dropped: [MarkdownDroppedHTML] = []
    /// The body's text, gathered as UTF-8 (cmark's literals are valid UTF-8: no String to
    /// check for each).
    private var plainText: [UInt8] = []
    private var slugger: HeadingSlugger
    private let topHeadingLevel: Int
    /// Set for decks: top-level thematic breaks become slide markers (see `SlideMarker`).
    var splitsSlides = false
    private(set) var slideBounds: [SlideBounds] = []
    private(set) var headingUnderlines: [MarkdownPosition] = []

    init(source: String, lineOffset: Int, reservedIDs: Set<String>, topHeadingLevel: Int = 2) {
        self.topHeadingLevel = topHeadingLevel
        bytes = Array(source.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStarts = starts
        self.lineOffset = lineOffset
        slugger = HeadingSlugger(reserved: reservedIDs)
    }

    func result(html: [UInt8]) -> RenderedMarkdown {
        RenderedMarkdown(htmlBytes: html, headings: headings, references: references,
                         directives: directives, droppedHTML: dropped,
                         plainTextBytes: UTF8Characters.trimmingWhitespace(plainText))
    }

    mutating func walk(_ document: OpaquePointer, rewrite: (MarkdownReference) -> String?) {
        var headingNodes: [OpaquePointer] = []
        var directiveNodes: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
                plainText.append(UInt8(ascii: "\n"))
                if splitsSlides { noteUnderline(of: node) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                collectReference(node, rewrite: rewrite)
            case CMARK_NODE_CODE_BLOCK:
                let info = string(cmark_node_get_fence_info(node)).split(separator: " ").first.map(String.init) ?? ""
                if MarkdownConverter.directiveNames.contains(info) {
                    directiveNodes.append(node)
                } else {
                    plainText.append(UInt8(ascii: "\n"))
                    appendPlainText(cmark_node_get_literal(node))
                    plainText.append(UInt8(ascii: "\n"))
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let (line, column) = position(of: node)
                let snippet = string(cmark_node_get_literal(node)).trimmingWhitespace()
                dropped.append(MarkdownDroppedHTML(line: line, column: column, snippet: String(snippet.prefix(40))))
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                appendPlainText(cmark_node_get_literal(node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                plainText.append(UInt8(ascii: " "))
            default:
                // Every block starts on a new line, so words of two blocks never run together.
                if Int32(cmark_node_get_type(node).rawValue) & CMARK_NODE_TYPE_MASK == CMARK_NODE_TYPE_BLOCK {
                    plainText.append(UInt8(ascii: "\n"))
                }
            }
        }
        nameHeadings(headingNodes)
        if splitsSlides { markSlideBreaks(document) }
        replaceDirectives(directiveNodes)
    }

    private mutating func appendPlainText(_ literal: UnsafePointer<CChar>?) {
        guard let literal else { return }
        literal.withMemoryRebound(to: UInt8.self, capacity: 1) {
            plainText.append(contentsOf: UnsafeBufferPointer(start: $0, count: strlen(literal)))
        }
    }

    /// Records where each slide lies, swaps every top-level thematic break for a slide marker
    /// and puts a block marker between the top-level blocks of a slide; a `---` inside a list
    /// or a quote stays a rule within its slide.
    private mutating func markSlideBreaks(_ document: OpaquePointer) {
        var bounds = [SlideBounds(startLine: 1 + lineOffset)]
        var breaks: [OpaquePointer] = []
        var blockStarts: [OpaquePointer] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            child = cmark_node_next(node)
            let (line, _) = position(of: node)
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_THEMATIC_BREAK {
                bounds[bounds.count - 1].endLine = line
                bounds.append(SlideBounds(startLine: line + 1))
                breaks.append(node)
            } else if bounds[bounds.count - 1].firstBlockLine == nil {
                bounds[bounds.count - 1].firstBlockLine = line
            } else if type != CMARK_NODE_FOOTNOTE_DEFINITION {
                // Footnotes render inside one list at the end: no marker may fall between them.
                blockStarts.append(node)
            }
        }
        for node in breaks { replace(node, withMarker: SlideMarker.token) }
        for node in blockStarts { insertMarker(SlideMarker.blockToken, before: node) }
        slideBounds = bounds
    }

    private func insertMarker(_ token: String, before node: OpaquePointer) {
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        let text = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(text, token)
        cmark_node_append_child(paragraph, text)
        cmark_node_insert_before(node, paragraph)
    }

    private func replace(_ node: OpaquePointer, withMarker token: String) {
        insertMarker(token, before: node)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// A heading underlined with `---` (setext) looks like text followed by a slide break.
    private mutating func noteUnderline(of node: OpaquePointer) {
        let start = Int(cmark_node_get_start_line(node))
        guard start >= 1, start <= lineStarts.count,
              line(start).drop(while: { $0 == " " }).first != "#" else { return }
        // cmark-gfm 0.29 puts a setext heading's end one line past its underline: look at every
        // line after the text up to there and take the first one made of dashes.
        let end = min(lineStarts.count, Int(cmark_node_get_end_line(node)) + 1)
        for number in (start + 1)..<max(start + 1, end + 1) {
            let text = line(number)
            let underline = text.trimmingCharacters(in: .whitespaces)
            guard !underline.isEmpty, underline.allSatisfy({ $0 == "-" }) else { continue }
            let indent = text.prefix { $0 == " " || $0 == "\t" }.count
            headingUnderlines.append(MarkdownPosition(line: number + lineOffset, column: indent + 1))
            return
        }
    }

    /// The text of 1-based source line `number`, without its line break.
    private func line(_ number: Int) -> String {
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Gives each heading a unique id and moves the levels so the body's top level is
    /// `topHeadingLevel` (h2 by default: the page title is the only h1).
    private mutating func nameHeadings(_ nodes: [OpaquePointer]) {
        let minimum = nodes.map { Int(cmark_node_get_heading_level($0)) }.min() ?? topHeadingLevel
        let shift = max(0, topHeadingLevel - minimum)
        for node in nodes {
            let level = min(6, Int(cmark_node_get_heading_level(node)) + shift)
            cmark_node_set_heading_level(node, Int32(level))
            let text = TreeWalker.text(of: node)
            let (line, _) = position(of: node)
            headings.append(MarkdownHeading(level: level, text: text, id: slugger.uniqueSlug(text), line: line))
        }
    }

    private mutating func replaceDirectives(_ nodes: [OpaquePointer]) {
        for (index, node) in nodes.enumerated() {
            let (line, column) = position(of: node)
            let name = string(cmark_node_get_fence_info(node)).split(separator: " ").first.map(String.init) ?? ""
            directives.append(MarkdownDirective(name: name, content: string(cmark_node_get_literal(node)),
                                                line: line, column: column))
            let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
            let text = cmark_node_new(CMARK_NODE_TEXT)!
            cmark_node_set_literal(text, "\(DirectiveMarker.token)\(index)\(DirectiveMarker.token)")
            cmark_node_append_child(paragraph, text)
            cmark_node_insert_before(node, paragraph)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private mutating func collectReference(_ node: OpaquePointer, rewrite: (MarkdownReference) -> String?) {
        let kind: MarkdownReference.Kind = cmark_node_get_type(node) == CMARK_NODE_IMAGE ? .image : .link
        let (line, column) = position(of: node)
        let reference = MarkdownReference(kind: kind, destination: string(cmark_node_get_url(node)),
                                          text: TreeWalker.text(of: node), line: line, column: column)
        references.append(reference)
        if let replacement = rewrite(reference) {
            cmark_node_set_url(node, replacement)
        }
    }

    /// File line and character column of a node (cmark counts columns in bytes).
    private func position(of node: OpaquePointer) -> (Int, Int) {
        let line = Int(cmark_node_get_start_line(node))
        let byteColumn = Int(cmark_node_get_start_column(node))
        guard line >= 1, line <= lineStarts.count else { return (line + lineOffset, max(1, byteColumn)) }
        let start = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        let end = min(lineEnd, start + max(0, byteColumn - 1))
        return (line + lineOffset, UTF8Characters.count(bytes[start..<end]) + 1)
    }

    /// The plain text under `node` (for heading ids and image descriptions).
    static func text(of node: OpaquePointer) -> String {
        var result = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let child = cmark_iter_get_node(iterator), child != node else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: result += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: result += " "
            default: break
            }
        }
        return result
    }
}

private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}
