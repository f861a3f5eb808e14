import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an SVG file with a real XML parser (libxml2 through Foundation's `XMLParser`) and
/// finds what must never reach a reader: scripts, `<foreignObject>`, event attributes, entity
/// declarations and references to anything outside the file (in `href`, `xlink:href`, `url(…)`
/// and `@import`). Only a file with none of them is published; external entities and DTDs are
/// never loaded.
public final class SVGInspector: NSObject, XMLParserDelegate {
    /// Elements that run code, embed HTML or other documents, or listen for events.
    static let refusedElements: Set<String> = ["script", "foreignobject", "handler", "listener", "iframe", "embed", "object",
                                               "audio", "video", "canvas"]
    /// Animations that could set these attributes to an outside reference later.
    static let animations: Set<String> = ["set", "animate", "animatemotion", "animatetransform", "animatecolor"]

    private var refusal: SVGRefusal?
    private weak var parser: XMLParser?
    private var styleDepth = 0

    /// The first problem of the SVG `data`, or nil when it may be published.
    public static func refusal(of data: Data) -> SVGRefusal? {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let inspector = SVGInspector()
        inspector.parser = parser
        parser.delegate = inspector
        let parsed = parser.parse()
        if let refusal = inspector.refusal { return refusal }
        guard parsed else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            return SVGRefusal(.malformed(reason), line: parser.lineNumber, column: parser.columnNumber)
        }
        return nil
    }

    private func refuse(_ reason: SVGRefusal.Reason) {
        guard refusal == nil, let parser else { return }
        refusal = SVGRefusal(reason, line: parser.lineNumber, column: parser.columnNumber)
        parser.abortParsing()
    }

    /// The name without its namespace prefix, in lower case: `svg:script` → `script`.
    static func localName(_ name: String) -> String {
        String(name.split(separator: ":").last ?? Substring(name)).lowercased()
    }

    public func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                       qualifiedName: String?, attributes: [String: String] = [:]) {
        let element = Self.localName(elementName)
        if Self.refusedElements.contains(element) { return refuse(.element(elementName)) }
        if element == "style" { styleDepth += 1 }
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            let attribute = Self.localName(name)
            if attribute.hasPrefix("on") { return refuse(.eventAttribute(name)) }
            if attribute == "href" || attribute == "src", !Self.isInternal(value) {
                return refuse(.externalReference(value, attribute: name))
            }
            if Self.animations.contains(element), attribute == "attributename", Self.localName(value).hasSuffix("href") {
                return refuse(.externalReference(value, attribute: name))
            }
            if let reason = Self.styleProblem(value, attribute: name) { return refuse(reason) }
        }
    }

    public func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if Self.localName(elementName) == "style" { styleDepth = max(0, styleDepth - 1) }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        if styleDepth > 0, let reason = Self.styleProblem(string, attribute: "style") { refuse(reason) }
    }

    public func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if styleDepth > 0, let reason = Self.styleProblem(String(decoding: CDATABlock, as: UTF8.self), attribute: "style") {
            refuse(reason)
        }
    }

    public func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse(.entityDeclaration(name))
    }

    public func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
                       systemID: String?) {
        refuse(.entityDeclaration(name))
    }

    public func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
                       systemID: String?, notationName: String?) {
        refuse(.entityDeclaration(name))
    }

    public func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        refuse(.malformed((parseError as NSError).localizedDescription))
    }

    public func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        refuse(.entityDeclaration(name))
        return nil
    }

    /// A fragment of this file (`#shape`), or an embedded raster image; nothing that is fetched.
    static func isInternal(_ reference: String) -> Bool {
        let value = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.hasPrefix("#") { return true }
        let lower = value.lowercased()
        return ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"].contains { lower.hasPrefix($0 + ";") || lower.hasPrefix($0 + ",") }
    }

    /// An outside `url(…)`, an `@import` or a CSS escape in a style sheet or an attribute's value.
    static func styleProblem(_ text: String, attribute: String) -> SVGRefusal.Reason? {
        let lower = text.lowercased()
        if lower.contains("@import") { return .styleImport }
        // CSS functions that fetch what a string names.
        for function in ["image-set(", "image(", "src(", "element("] where lower.contains(function) {
            return .externalReference(function + "…)", attribute: attribute)
        }
        guard lower.contains("url(") || lower.contains("url (") else { return nil }
        if text.contains("\\") { return .styleEscape }
        var rest = lower[...]
        while let open = rest.range(of: "url(") {
            let inside = rest[open.upperBound...]
            let close = inside.firstIndex(of: ")") ?? inside.endIndex
            let target = inside[..<close].trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'"))
            if !isInternal(target) { return .externalReference(target, attribute: attribute) }
            rest = inside[close...]
        }
        if lower.contains("url (") { return .externalReference(text, attribute: attribute) }
        return nil
    }
}
