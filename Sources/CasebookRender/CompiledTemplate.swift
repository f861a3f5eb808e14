/// A theme template as `TemplateParser` reads it from Mustache text and `TemplateRenderer`
/// renders it: text as UTF-8 bytes, names split once. Template rendering is a hot path of a
/// build (see README, Performance): nothing here is looked up or split again per page.
struct CompiledTemplate: Sendable {
    /// One piece of a template.
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, body: [Node], inverted: Bool)
        /// A partial; `indentation` is the white space before it when it stands alone on its
        /// line, which every line of the partial gets (nil inside a line).
        case partial(String, indentation: [UInt8]?)
        /// Where a line of the template starts, in a template included on indented lines
        /// (`TemplateParser.indentable`): the indentation goes here.
        case indent
    }

    /// A variable or section name: `.`, `name`, `a.b` or `.a` (only the current object), or a
    /// position of the enclosing sequence's element (`first()`, `last()`, `index()`, `even()`,
    /// `odd()`: scope `sequence`, the position its only component).
    struct Name: Sendable {
        enum Scope: Sendable { case current, top, stack, sequence }
        var scope: Scope
        var components: [String]
    }

    var nodes: [Node]

    /// Whether the template renders the same whatever surrounds `object` on the context stack:
    /// every name it looks up on the stack starts with one of `keys` (the object's own), and
    /// it includes no partial. Such a template can be rendered once for an object and the
    /// result reused wherever the object is rendered with it.
    func isSelfContained(keys: Set<String>) -> Bool {
        func check(_ nodes: [Node]) -> Bool {
            nodes.allSatisfy { node in
                switch node {
                case .text, .indent: return true
                case .partial: return false
                case .variable(let name, _): return Self.isOwn(name, keys)
                case .section(let name, let body, _): return Self.isOwn(name, keys) && check(body)
                }
            }
        }
        return check(nodes)
    }

    /// The names of the partials the template includes on lines of their own.
    var standalonePartials: Set<String> {
        func collect(_ nodes: [Node], into result: inout Set<String>) {
            for node in nodes {
                switch node {
                case .partial(let name, .some): result.insert(name)
                case .section(_, let body, _): collect(body, into: &result)
                case .text, .variable, .indent, .partial: break
                }
            }
        }
        var result = Set<String>()
        collect(nodes, into: &result)
        return result
    }

    private static func isOwn(_ name: Name, _ keys: Set<String>) -> Bool {
        switch name.scope {
        case .current, .top, .sequence: return true
        case .stack: return name.components.first.map(keys.contains) ?? true
        }
    }
}

extension CompiledTemplate.Name {
    /// The positions of an element in its sequence that a name can ask for (`{{#first()}}`).
    static let sequenceTransforms: Set<String> = ["first", "last", "index", "even", "odd"]

    /// The name as written in a tag: `first()` is a position, `.` the current object, `.a`
    /// a key of the current object only; other names are split at dots (empty parts dropped).
    init(_ name: String) {
        if name.hasSuffix("()"), Self.sequenceTransforms.contains(String(name.dropLast(2))) {
            self.init(scope: .sequence, components: [String(name.dropLast(2))])
        } else if name == "." {
            self.init(scope: .current, components: [])
        } else {
            self.init(scope: name.first == "." ? .top : .stack, components: name.split(separator: ".").map(String.init))
        }
    }
}
