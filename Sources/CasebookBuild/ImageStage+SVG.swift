import CasebookImages
import CasebookModel

extension ImageStage {
    /// The error for an SVG that is not published, naming the place in the file.
    static func message(_ refusal: SVGRefusal, path: String) -> Message {
        let reason: Message
        switch refusal.reason {
        case .element(let name): reason = "a <\(name)> element"
        case .eventAttribute(let name): reason = "an event attribute '\(name)'"
        case .externalReference(let target, let attribute): reason = "a reference to '\(target)' in '\(attribute)'"
        case .styleImport: reason = "'@import' in a style"
        case .styleEscape: reason = "a backslash escape in a style"
        case .entityDeclaration(let name): reason = "an entity declaration '\(name)'"
        case .malformed(let words): reason = "not well-formed XML (\(words))"
        }
        let name: Message = "image 'content/media/\(path)'"
        return "\(name) is refused at line \(refusal.line), column \(refusal.column): \(reason); an SVG is published only without scripts, event attributes and references outside the file"
    }
}
