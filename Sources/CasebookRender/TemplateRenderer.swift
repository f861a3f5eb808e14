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
    private var stack: [Any] = []

    init(templates: [String: CompiledTemplate], uncompiled: Set<String>) {
        self.templates = templates
        self.uncompiled = uncompiled
    }

    /// The text of `template` rendered with `object`, or nil when swift-mustache has to do it.
    mutating func render(_ template: CompiledTemplate, _ object: Any) -> String? {
        output = []
        output.reserveCapacity(16_384)
        stack = [object]
        do {
            try render(template.nodes)
        } catch {
            return nil
        }
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func render(_ nodes: [CompiledTemplate.Node]) throws {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let child = try lookup(name) else { continue }
                if child is MustacheTemplate || child is MustacheCustomRenderable || child is MustacheLambda {
                    throw Unsupported()
                }
                let text = Self.text(of: child)
                if escaped { MustacheEscape.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
            case .section(let name, let body, let inverted):
                let child = try lookup(name)
                if child is MustacheLambda || child is MustacheCustomRenderable { throw Unsupported() }
                try inverted ? renderInverted(child, body) : renderSection(child, body)
            case .partial(let name):
                if let template = templates[name] {
                    try render(template.nodes)
                } else if uncompiled.contains(name) {
                    throw Unsupported()
                }
            }
        }
    }

    private mutating func renderSection(_ child: Any?, _ body: [CompiledTemplate.Node]) throws {
        switch child {
        case let sequence as any MustacheSequence:
            try each(sequence) { element in
                stack.append(element)
                defer { stack.removeLast() }
                try render(body)
            }
        case let bool as Bool:
            if bool { try render(body) }
        case .some(let value):
            stack.append(value)
            defer { stack.removeLast() }
            try render(body)
        case .none:
            break
        }
    }

    private mutating func renderInverted(_ child: Any?, _ body: [CompiledTemplate.Node]) throws {
        switch child {
        case let sequence as any MustacheSequence:
            var empty = true
            each(sequence) { _ in empty = false }
            if empty {
                stack.append(sequence)
                defer { stack.removeLast() }
                try render(body)
            }
        case let bool as Bool:
            if !bool { try render(body) }
        case .some:
            break
        case .none:
            try render(body)
        }
    }

    private func each<S: Sequence>(_ sequence: S, _ body: (Any) throws -> Void) rethrows {
        for element in sequence { try body(element) }
    }

    // MARK: Lookup, as MustacheTemplate.getChild does it for names without transforms.

    private func lookup(_ name: CompiledTemplate.Name) throws -> Any? {
        var child: Any?
        switch name.scope {
        case .current:
            child = stack.last
        case .top:
            child = try descend(name.components[...], from: stack.last!)
        case .stack:
            guard let first = name.components.first else {
                child = stack.last
                break
            }
            child = nil
            for object in stack.reversed() {
                if let found = Self.immediateChild(first, of: object) {
                    child = try descend(name.components.dropFirst(), from: found)
                    break
                }
            }
        }
        if let custom = child as? MustacheCustomRepresentation { child = custom.representation }
        return child
    }

    private func descend(_ names: ArraySlice<String>, from object: Any) throws -> Any? {
        guard let name = names.first else { return object }
        if object is MustacheLambda { throw Unsupported() }
        guard let child = Self.immediateChild(name, of: object) else { return nil }
        return try descend(names.dropFirst(), from: child)
    }

    private static func immediateChild(_ name: String, of object: Any) -> Any? {
        // The types page contexts are made of, without a cast to a protocol for each lookup.
        let type = Swift.type(of: object)
        if type == [String: Any].self { return (object as! [String: Any])[name] }
        if type == [String: String].self { return (object as! [String: String])[name].map { $0 as Any } }
        if type == String.self || type == Int.self || type == Bool.self || type == Double.self { return nil }
        let represented: Any? = (object as? MustacheCustomRepresentation).map { $0.representation } ?? object
        if let parent = represented as? MustacheParent { return parent.child(named: name) }
        guard let represented else { return nil }
        guard let match = Mirror(reflecting: represented).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: match.value)
        guard mirror.displayStyle == .optional else { return match.value }
        return mirror.children.first?.value
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
