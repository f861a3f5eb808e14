/// Renders `CompiledTemplate`s into one byte buffer, with Mustache's rules: a name is looked
/// up through the context stack (its first part; the rest only inside what that found),
/// sections repeat for arrays, show for `true` and any other value, inverted sections show
/// for a missing value, `false` and an empty array.
///
/// Contexts are made of `[String: Any]`, `[String: String]`, `String`, `Int`, `Double`, `Bool`,
/// `RenderedHTML`, `PrerenderedPartial`, and arrays and other dictionaries with String keys of
/// them. Any other value a template meets is a mistake in the code that made the context: the
/// render stops with `UnsupportedValue`. The types contexts are mostly made of are told apart
/// by comparing types, never by casting to a protocol (that cast on every section was a tenth
/// of template time, see README, Performance); only other dictionaries and arrays are cast.
struct TemplateRenderer {
    /// A context value of a type templates do not show, met at `name`.
    struct UnsupportedValue: Error, CustomStringConvertible {
        var name: String
        var type: String

        var description: String {
            "'\(name)' is a \(type); templates show strings, numbers, Booleans, rendered HTML, and dictionaries and arrays of them"
        }
    }

    let templates: CompiledTemplates
    private var output: [UInt8] = []
    /// The context stack, each object classified once when it is pushed.
    private var stack: [Frame] = []
    /// Where the element being rendered stands in its sequence: set for each element of a
    /// sequence section, cleared by a section that pushes any other object and by a partial,
    /// kept by a Boolean section (as swift-mustache, which themes were first written for).
    private var position: Position?
    /// What each line of the partial being rendered starts with (see `CompiledTemplate.Node.indent`).
    private var indentation: [UInt8] = []

    private struct Position {
        var index: Int
        var isLast: Bool
    }

    /// An object on the context stack. Dictionaries are kept typed, so that a lookup in them
    /// needs no dynamic cast.
    private enum Frame {
        case dictionary([String: Any])
        case strings([String: String])
        case prerendered(PrerenderedPartial)
        /// Strings, numbers, Booleans, rendered HTML and arrays: no named children.
        case value(Any)

        init(_ object: Any, name: @autoclosure () -> String) throws(UnsupportedValue) {
            // The type is compared first: casting a [String: String] to [String: Any] would copy it.
            let type = Swift.type(of: object)
            if type == [String: Any].self {
                self = .dictionary(object as! [String: Any])
            } else if type == [String: String].self {
                self = .strings(object as! [String: String])
            } else if type == PrerenderedPartial.self {
                self = .prerendered(object as! PrerenderedPartial)
            } else if TemplateRenderer.isValue(type) {
                self = .value(object)
            } else if let dictionary = object as? [String: Any] {
                // Any other dictionary or array (a literal typed `[String: [String: Int]]`), converted.
                self = .dictionary(dictionary)
            } else if let array = object as? [Any] {
                self = .value(array)
            } else {
                throw UnsupportedValue(name: name(), type: "\(type)")
            }
        }

        var object: Any {
            switch self {
            case .dictionary(let dictionary): return dictionary
            case .strings(let strings): return strings
            case .prerendered(let prerendered): return prerendered
            case .value(let object): return object
            }
        }
    }

    init(templates: CompiledTemplates) {
        self.templates = templates
    }

    /// The text of `template` rendered with `object` as UTF-8 bytes.
    mutating func bytes(_ template: CompiledTemplate, _ object: Any) throws(UnsupportedValue) -> [UInt8] {
        output = []
        output.reserveCapacity(16_384)
        stack = [try Frame(object, name: ".")]
        position = nil
        indentation = []
        defer { output = [] }
        try render(template.nodes)
        return output
    }

    private mutating func render(_ nodes: [CompiledTemplate.Node]) throws(UnsupportedValue) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let child = try lookup(name) else { continue }
                let type = Swift.type(of: child)
                if type == String.self {
                    let text = child as! String
                    if escaped { MustacheEscape.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
                } else if type == RenderedHTML.self {
                    let html = child as! RenderedHTML
                    if escaped { MustacheEscape.append(html.bytes, to: &output) } else { output.append(contentsOf: html.bytes) }
                } else if type == Int.self {
                    output.append(contentsOf: String(child as! Int).utf8)
                } else if type == Double.self {
                    output.append(contentsOf: "\(child as! Double)".utf8)
                } else if type == Bool.self {
                    output.append(contentsOf: (child as! Bool ? "true" : "false").utf8)
                } else {
                    throw UnsupportedValue(name: Self.text(of: name), type: "\(type)")
                }
            case .section(let name, let body, let inverted):
                let child = try lookup(name)
                if inverted {
                    try renderInverted(child, body, name)
                } else {
                    try renderSection(child, body, name)
                }
            case .indent:
                output.append(contentsOf: indentation)
            case .partial(let name, let own):
                // A partial on a line of its own is indented by the white space before it and
                // by the indentation of the partial it is in; a partial inside a line is not.
                let inner: [UInt8]
                if let own { inner = indentation.isEmpty ? own : indentation + own } else { inner = [] }
                if inner.isEmpty, case .prerendered(let object)? = stack.last, object.partial == name {
                    output.append(contentsOf: object.html.bytes)
                    continue
                }
                guard let template = inner.isEmpty ? templates.templates[name] : templates.indentable[name] else { continue }
                let outer = (position, indentation)
                position = nil
                indentation = inner
                defer { (position, indentation) = outer }
                try render(template.nodes)
            }
        }
    }

    private mutating func renderSection(_ child: Any?, _ body: [CompiledTemplate.Node], _ name: CompiledTemplate.Name) throws(UnsupportedValue) {
        guard let child else { return }
        let type = Swift.type(of: child)
        if type == [[String: Any]].self {
            try renderEach(child as! [[String: Any]], body) { .dictionary($0) }
        } else if type == [Any].self {
            try renderEach(child as! [Any], body) { element throws(UnsupportedValue) in try Frame(element, name: Self.text(of: name)) }
        } else if type == [[String: String]].self {
            try renderEach(child as! [[String: String]], body) { .strings($0) }
        } else if type == [String].self {
            try renderEach(child as! [String], body) { .value($0) }
        } else if type == Bool.self {
            if child as! Bool { try render(body) }
        } else {
            let frame = try Frame(child, name: Self.text(of: name))
            if case .value(let value) = frame, Swift.type(of: value) == [Any].self {
                try renderSection(value, body, name)
            } else {
                try render(body, with: frame)
            }
        }
    }

    private mutating func renderInverted(_ child: Any?, _ body: [CompiledTemplate.Node], _ name: CompiledTemplate.Name) throws(UnsupportedValue) {
        guard let child else { return try render(body) }
        let type = Swift.type(of: child)
        if type == Bool.self {
            if !(child as! Bool) { try render(body) }
            return
        }
        let frame = try Frame(child, name: Self.text(of: name))
        if case .value(let value) = frame, Self.count(ifArray: value) == 0 {
            // An empty array is pushed, as swift-mustache does: the body is outside any sequence.
            try render(body, with: frame)
        }
    }

    /// Renders `body` once for each element, with the element's frame on the stack.
    private mutating func renderEach<Element>(_ elements: [Element], _ body: [CompiledTemplate.Node],
                                              frame: (Element) throws(UnsupportedValue) -> Frame) throws(UnsupportedValue) {
        for (index, element) in elements.enumerated() {
            try render(body, frame: try frame(element), index: index, isLast: index == elements.count - 1)
        }
    }

    /// Renders `body` with `frame` on the stack, outside any sequence.
    private mutating func render(_ body: [CompiledTemplate.Node], with frame: Frame) throws(UnsupportedValue) {
        let outer = position
        position = nil
        defer { position = outer }
        stack.append(frame)
        defer { stack.removeLast() }
        try render(body)
    }

    /// Renders `body` for one element of a sequence.
    private mutating func render(_ body: [CompiledTemplate.Node], frame: Frame, index: Int, isLast: Bool) throws(UnsupportedValue) {
        let outer = position
        position = Position(index: index, isLast: isLast)
        defer { position = outer }
        stack.append(frame)
        defer { stack.removeLast() }
        try render(body)
    }

    /// Types of values without named children.
    private static func isValue(_ type: Any.Type) -> Bool {
        type == String.self || type == Int.self || type == Bool.self || type == Double.self || type == RenderedHTML.self
            || type == [Any].self || type == [[String: Any]].self || type == [[String: String]].self || type == [String].self
    }

    /// The number of elements of `value` when it is one of the arrays contexts use.
    private static func count(ifArray value: Any) -> Int? {
        let type = Swift.type(of: value)
        if type == [[String: Any]].self { return (value as! [[String: Any]]).count }
        if type == [Any].self { return (value as! [Any]).count }
        if type == [[String: String]].self { return (value as! [[String: String]]).count }
        if type == [String].self { return (value as! [String]).count }
        return nil
    }

    // MARK: Lookup

    private func lookup(_ name: CompiledTemplate.Name) throws(UnsupportedValue) -> Any? {
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
            return stack.last?.object
        case .top:
            return try descend(name.components[...], from: stack.last!, name)
        case .stack:
            guard let first = name.components.first else { return stack.last?.object }
            var level = stack.count - 1
            while level >= 0 {
                if let found = Self.immediateChild(first, of: stack[level]) {
                    // Most names have one component: the value found is the value.
                    if name.components.count == 1 { return found }
                    return try descend(name.components.dropFirst(), from: try Frame(found, name: first), name)
                }
                level -= 1
            }
            return nil
        }
    }

    private func descend(_ names: ArraySlice<String>, from frame: Frame, _ name: CompiledTemplate.Name) throws(UnsupportedValue) -> Any? {
        guard let first = names.first else { return frame.object }
        guard let child = Self.immediateChild(first, of: frame) else { return nil }
        if names.count == 1 { return child }
        return try descend(names.dropFirst(), from: try Frame(child, name: Self.text(of: name)), name)
    }

    private static func immediateChild(_ name: String, of frame: Frame) -> Any? {
        switch frame {
        case .dictionary(let dictionary): return dictionary[name]
        case .strings(let strings): return strings[name].map { $0 as Any }
        case .prerendered(let prerendered): return prerendered.object[name]
        case .value: return nil
        }
    }

    /// A name as a template writes it, for messages.
    private static func text(of name: CompiledTemplate.Name) -> String {
        switch name.scope {
        case .current: return "."
        case .top: return "." + name.components.joined(separator: ".")
        case .stack: return name.components.joined(separator: ".")
        case .sequence: return name.components[0] + "()"
        }
    }
}
