import Foundation
internal import Mustache

/// Renders `CompiledTemplate`s the way swift-mustache 2.1.1 renders the same tokens
/// (Template+Render.swift there): the same name lookup through the context stack, the same
/// section rules, the same text for every value, the same HTML escaping. Output goes into one
/// byte buffer. Values that only swift-mustache knows how to render (lambdas, templates,
/// custom renderables) stop the render; the caller then renders with swift-mustache.
struct TemplateRenderer {
    /// Thrown to hand a page back to swift-mustache.
    struct Unsupported: Error {}

    var templates: [String: CompiledTemplate]
    /// Names of the library's templates that could not be compiled (a partial among them stops the render).
    var uncompiled: Set<String>
    private var output: [UInt8] = []
    /// The context stack, each object classified once when it is pushed.
    private var stack: [Frame] = []
    /// Where the element being rendered stands in its sequence, as swift-mustache's
    /// `MustacheSequenceContext`: set for each element of a sequence section, cleared by a
    /// section that pushes any other object and by a partial, kept by a Boolean section.
    private var position: Position?

    private struct Position {
        var index: Int
        var isLast: Bool
    }

    /// An object on the context stack. Dictionaries are kept typed, so that a lookup in them
    /// needs no dynamic cast; everything else goes through swift-mustache's generic rules.
    private enum Frame {
        case dictionary([String: Any])
        case strings([String: String])
        /// String, Int, Bool, Double: no children.
        case scalar(Any)
        case other(Any)

        init(_ object: Any) {
            // The type is compared first: casting a [String: String] to [String: Any] would copy it.
            let type = Swift.type(of: object)
            if type == [String: Any].self {
                self = .dictionary(object as! [String: Any])
            } else if type == [String: String].self {
                self = .strings(object as! [String: String])
            } else if type == String.self || type == Int.self || type == Bool.self || type == Double.self || type == RenderedHTML.self {
                self = .scalar(object)
            } else {
                self = .other(object)
            }
        }

        var object: Any {
            switch self {
            case .dictionary(let dictionary): return dictionary
            case .strings(let strings): return strings
            case .scalar(let object), .other(let object): return object
            }
        }
    }

    init(templates: [String: CompiledTemplate], uncompiled: Set<String>) {
        self.templates = templates
        self.uncompiled = uncompiled
    }

    /// The text of `template` rendered with `object`, or nil when swift-mustache has to do it.
    mutating func render(_ template: CompiledTemplate, _ object: Any) -> String? {
        bytes(template, object).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, which a page written to a file needs no String for.
    mutating func bytes(_ template: CompiledTemplate, _ object: Any) -> [UInt8]? {
        output = []
        output.reserveCapacity(16_384)
        stack = [Frame(object)]
        position = nil
        do {
            try render(template.nodes)
        } catch {
            return nil
        }
        defer { output = [] }
        return output
    }

    private mutating func render(_ nodes: [CompiledTemplate.Node]) throws {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let child = try lookup(name) else { continue }
                let text: String
                if Swift.type(of: child) == String.self {
                    text = child as! String
                } else if Swift.type(of: child) == Int.self {
                    text = String(child as! Int)
                } else if Swift.type(of: child) == RenderedHTML.self {
                    let html = child as! RenderedHTML
                    if escaped { MustacheEscape.append(html.renderText, to: &output) } else { output.append(contentsOf: html.bytes) }
                    continue
                } else if child is MustacheTemplate || child is MustacheCustomRenderable || child is MustacheLambda {
                    throw Unsupported()
                } else {
                    text = Self.text(of: child)
                }
                if escaped { MustacheEscape.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
            case .section(let name, let body, let inverted):
                let child = try lookup(name)
                if let child, Self.isPlain(child) {
                    // The value types contexts are made of: none is a lambda or renderable.
                } else if child is MustacheLambda || child is MustacheCustomRenderable {
                    throw Unsupported()
                }
                try inverted ? renderInverted(child, body) : renderSection(child, body)
            case .partial(let name):
                if case .dictionary(let object)? = stack.last, let key = Self.renderedPartialKeys[name],
                   let rendered = object[key], Swift.type(of: rendered) == RenderedHTML.self {
                    // Rendered once for this object beforehand (see `Theme.prerendered`).
                    output.append(contentsOf: (rendered as! RenderedHTML).bytes)
                    continue
                }
                if let template = templates[name] {
                    let outer = position
                    position = nil
                    defer { position = outer }
                    try render(template.nodes)
                } else if uncompiled.contains(name) {
                    throw Unsupported()
                }
            }
        }
    }

    private mutating func renderSection(_ child: Any?, _ body: [CompiledTemplate.Node]) throws {
        // The types page contexts are made of, told apart without a cast to a protocol (the
        // conformance lookup of `as any MustacheSequence` on every section was a tenth of
        // template time).
        if let child {
            let type = Swift.type(of: child)
            if type == [[String: Any]].self {
                let elements = child as! [[String: Any]]
                for (index, element) in elements.enumerated() {
                    try render(body, frame: .dictionary(element), index: index, isLast: index == elements.count - 1)
                }
                return
            }
            if type == [[String: String]].self {
                let elements = child as! [[String: String]]
                for (index, element) in elements.enumerated() {
                    try render(body, frame: .strings(element), index: index, isLast: index == elements.count - 1)
                }
                return
            }
            if type == [String].self {
                let elements = child as! [String]
                for (index, element) in elements.enumerated() {
                    try render(body, frame: .scalar(element), index: index, isLast: index == elements.count - 1)
                }
                return
            }
            if type == Bool.self {
                if child as! Bool { try render(body) }
                return
            }
            if Self.isSingleObject(type) {
                try render(body, with: child)
                return
            }
        }
        switch child {
        case let sequence as any MustacheSequence:
            try each(sequence) { element, index, isLast in
                try render(body, frame: Frame(element), index: index, isLast: isLast)
            }
        case let bool as Bool:
            if bool { try render(body) }
        case .some(let value):
            try render(body, with: value)
        case .none:
            break
        }
    }

    /// Renders `body` with `object` on the stack, outside any sequence (swift-mustache's `withObject`).
    private mutating func render(_ body: [CompiledTemplate.Node], with object: Any) throws {
        let outer = position
        position = nil
        defer { position = outer }
        stack.append(Frame(object))
        defer { stack.removeLast() }
        try render(body)
    }

    /// Renders `body` for one element of a sequence (swift-mustache's `withSequence`).
    private mutating func render(_ body: [CompiledTemplate.Node], frame: Frame, index: Int, isLast: Bool) throws {
        let outer = position
        position = Position(index: index, isLast: isLast)
        defer { position = outer }
        stack.append(frame)
        defer { stack.removeLast() }
        try render(body)
    }

    /// Context types that are one object to a section, never a sequence, a Boolean or a lambda.
    private static func isSingleObject(_ type: Any.Type) -> Bool {
        type == [String: Any].self || type == String.self || type == Int.self || type == [String: String].self
            || type == RenderedHTML.self
    }

    private mutating func renderInverted(_ child: Any?, _ body: [CompiledTemplate.Node]) throws {
        if let child {
            let type = Swift.type(of: child)
            if type == [[String: Any]].self, !(child as! [[String: Any]]).isEmpty { return }
            if type == [[String: String]].self, !(child as! [[String: String]]).isEmpty { return }
            if type == [String].self, !(child as! [String]).isEmpty { return }
            if type == Bool.self {
                if !(child as! Bool) { try render(body) }
                return
            }
            if Self.isSingleObject(type) { return }
        }
        switch child {
        case let sequence as any MustacheSequence:
            var empty = true
            each(sequence) { _, _, _ in empty = false }
            if empty { try render(body, with: sequence) }
        case let bool as Bool:
            if !bool { try render(body) }
        case .some:
            break
        case .none:
            try render(body)
        }
    }

    /// Whether `value` is of a type page contexts use, for which no protocol cast is needed.
    private static func isPlain(_ value: Any) -> Bool {
        let type = Swift.type(of: value)
        return type == String.self || type == [String: Any].self || type == [[String: Any]].self || type == Bool.self
            || type == [String: String].self || type == [[String: String]].self || type == [String].self || type == Int.self
            || type == RenderedHTML.self
    }

    /// Calls `body` with each element, its index and whether it is the last.
    private func each<S: Sequence>(_ sequence: S, _ body: (Any, Int, Bool) throws -> Void) rethrows {
        // Arrays of dictionaries (cards, rows) are most of it: no element boxed through the existential.
        if S.self == [[String: Any]].self, let dictionaries = sequence as? [[String: Any]] {
            for (index, element) in dictionaries.enumerated() { try body(element, index, index == dictionaries.count - 1) }
        } else {
            let elements = Array(sequence)
            for (index, element) in elements.enumerated() { try body(element, index, index == elements.count - 1) }
        }
    }

    /// The key under which an object carries its own rendering of a partial.
    static func renderedPartialKey(_ name: String) -> String { "\u{1}rendered:\(name)" }

    /// The partials that objects carry renderings of.
    private static let renderedPartialKeys = ["case-card": renderedPartialKey("case-card")]

    // MARK: Lookup, as MustacheTemplate.getChild does it for names without transforms.

    private func lookup(_ name: CompiledTemplate.Name) throws -> Any? {
        var child: Any?
        switch name.scope {
        case .sequence:
            guard let position else { return nil }
            switch name.components[0] {
            case "first": return position.index == 0
            case "last": return position.isLast
            case "index": return position.index
            case "even": return position.index & 1 == 0
            default: return position.index & 1 == 1
            }
        case .current:
            child = stack.last?.object
        case .top:
            child = try descend(name.components[...], from: stack.last!)
        case .stack:
            guard let first = name.components.first else {
                child = stack.last?.object
                break
            }
            child = nil
            var level = stack.count - 1
            while level >= 0 {
                if let found = Self.immediateChild(first, of: stack[level]) {
                    // Most names have one component: the value found is the value.
                    child = name.components.count == 1 ? found : try descend(name.components.dropFirst(), from: Frame(found))
                    break
                }
                level -= 1
            }
        }
        if let value = child, !Self.isPlain(value), let custom = value as? MustacheCustomRepresentation {
            child = custom.representation
        }
        return child
    }

    private func descend(_ names: ArraySlice<String>, from frame: Frame) throws -> Any? {
        guard let name = names.first else { return frame.object }
        if case .other(let object) = frame, object is MustacheLambda { throw Unsupported() }
        guard let child = Self.immediateChild(name, of: frame) else { return nil }
        return try descend(names.dropFirst(), from: Frame(child))
    }

    private static func immediateChild(_ name: String, of frame: Frame) -> Any? {
        switch frame {
        case .dictionary(let dictionary): return dictionary[name]
        case .strings(let strings): return strings[name].map { $0 as Any }
        case .scalar: return nil
        case .other(let object):
            let represented: Any? = (object as? MustacheCustomRepresentation).map { $0.representation } ?? object
            if let parent = represented as? MustacheParent { return parent.child(named: name) }
            guard let represented else { return nil }
            guard let match = Mirror(reflecting: represented).children.first(where: { $0.label == name }) else { return nil }
            let mirror = Mirror(reflecting: match.value)
            guard mirror.displayStyle == .optional else { return match.value }
            return mirror.children.first?.value
        }
    }

    /// What swift-mustache prints for a value: `String(describing:)` of it, an optional unwrapped.
    private static func text(of value: Any) -> String {
        if let string = value as? String, Swift.type(of: value) == String.self { return string }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value {
            return String(describing: wrapped)
        }
        return String(describing: value)
    }
}
