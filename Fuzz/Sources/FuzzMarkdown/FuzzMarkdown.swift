import CasebookMarkdown

/// libFuzzer's entry for Markdown bodies: the input is rendered as a page body (with a table
/// start, tag replacements and every link rewritten, as the outputs call it) and as a deck cut
/// into slides. Directive fences (`casebook`, `notes`) come from the seeds.
enum FuzzMarkdown {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let source = String(decoding: bytes, as: UTF8.self)
        let rendered = MarkdownConverter.render(
            source, lineOffset: 3, reservedIDs: ["top", "summary"], footnotePrefix: "c1-", topHeadingLevel: 2,
            tagReplacements: [("</table>", "</table></div>")],
            tableStart: TableStart { "<div class=\"table\" data-n=\"\($0)\"><table>" },
            rewrite: { reference in reference.destination.hasSuffix(".md") ? "../x/index.html" : nil })
        _ = rendered.html(replacingDirectives: { "<figure data-directive=\"\($0)\"></figure>" })
        let deck = MarkdownConverter.renderDeck(source, lineOffset: 3, reservedIDs: ["top"]) { _ in "#" }
        for slide in deck.slides where slide.line < 1 {
            fatalError("slide line \(slide.line) of \(source.debugDescription)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzMarkdown.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
