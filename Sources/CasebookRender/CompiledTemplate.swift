internal import Mustache

/// A theme template in a form that renders several times faster than swift-mustache's own
/// renderer, with exactly its output.
///
/// The template is still parsed by swift-mustache (`MustacheLibrary`), so whitespace, standalone
/// lines and errors are swift-mustache's; its token tree is read once by reflection and rendered
/// here with the same lookup rules (see `TemplateRenderer`). A template that uses anything this
/// renderer does not do (lambdas, transforms, inheritance, indented partials, content types)
/// is not compiled and renders with swift-mustache, as does any page that meets a value this
/// renderer leaves to it. The profile of a 10,000-page build showed template rendering as the
/// largest cost (see README, Performance), mostly escaping Character by Character and
/// casting context values to protocols.
struct CompiledTemplate: Sendable {
    /// One piece of a template.
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, body: [Node], inverted: Bool)
        case partial(String)
    }

    /// A variable or section name: `.`, `name`, `a.b` or `.a` (only the current object), or a
    /// transform of the enclosing sequence's position (`first()`, `last()`, `index()`, `even()`,
    /// `odd()`: scope `sequence`, the transform its only component).
    struct Name: Sendable {
        enum Scope: Sendable { case current, top, stack, sequence }
        var scope: Scope
        var components: [String]
    }

    var nodes: [Node]

    /// Reads swift-mustache's parse of a template; nil when it uses anything not supported.
    init?(_ template: MustacheTemplate) {
        guard let nodes = Self.nodes(of: template) else { return nil }
        self.nodes = nodes
    }

    private static func nodes(of template: Any) -> [Node]? {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value as? [Any]
        else { return nil }
        var nodes: [Node] = []
        for token in tokens {
            let mirror = Mirror(reflecting: token)
            guard mirror.displayStyle == .enum, let token = mirror.children.first, let kind = token.label else { return nil }
            let fields = Dictionary(Mirror(reflecting: token.value).children.compactMap { child in child.label.map { ($0, child.value) } },
                                    uniquingKeysWith: { first, _ in first })
            switch kind {
            case "text":
                guard let text = token.value as? String else { return nil }
                nodes.append(.text(Array(text.utf8)))
            case "variable", "unescapedVariable":
                guard let name = fields["name"] as? String, let transforms = fields["transforms"] as? [String],
                      let parsed = Name(name, transforms: transforms) else { return nil }
                nodes.append(.variable(parsed, escaped: kind == "variable"))
            case "section", "invertedSection":
                guard let name = fields["name"] as? String, let transforms = fields["transforms"] as? [String],
                      let parsed = Name(name, transforms: transforms),
                      let body = fields["template"].flatMap(nodes(of:)) else { return nil }
                nodes.append(.section(parsed, body: body, inverted: kind == "invertedSection"))
            case "partial":
                // Only partials without indentation (none is standalone and indented) or inheritance.
                guard let name = fields[".0"] as? String, isNilOrEmpty(fields["indentation"]), isNil(fields["inherits"])
                else { return nil }
                nodes.append(.partial(name))
            default:
                return nil
            }
        }
        return nodes
    }

    /// Whether the template renders the same whatever surrounds `object` on the context stack:
    /// every name it looks up on the stack starts with one of `keys` (the object's own), and
    /// it includes no partial. Such a template can be rendered once for an object and the
    /// result reused wherever the object is rendered with it.
    func isSelfContained(keys: Set<String>) -> Bool {
        func check(_ nodes: [Node]) -> Bool {
            nodes.allSatisfy { node in
                switch node {
                case .text: return true
                case .partial: return false
                case .variable(let name, _): return Self.isOwn(name, keys)
                case .section(let name, let body, _): return Self.isOwn(name, keys) && check(body)
                }
            }
        }
        return check(nodes)
    }

    private static func isOwn(_ name: Name, _ keys: Set<String>) -> Bool {
        switch name.scope {
        case .current, .top, .sequence: return true
        case .stack: return name.components.first.map(keys.contains) ?? true
        }
    }

    private static func isNil(_ value: Any?) -> Bool {
        guard let value else { return false }
        let mirror = Mirror(reflecting: value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty
    }

    private static func isNilOrEmpty(_ value: Any?) -> Bool {
        isNil(value) || (value as? String)?.isEmpty == true
    }
}

extension CompiledTemplate.Name {
    /// The transforms of a sequence's position that swift-mustache applies to an empty name.
    static let sequenceTransforms: Set<String> = ["first", "last", "index", "even", "odd"]

    /// A name with its transforms; nil for transforms this renderer does not do (any but one
    /// position transform of the enclosing sequence, `{{#first()}}`).
    init?(_ name: String, transforms: [String]) {
        if transforms.isEmpty {
            self.init(name)
        } else if name.isEmpty, transforms.count == 1, Self.sequenceTransforms.contains(transforms[0]) {
            self.init(scope: .sequence, components: transforms)
        } else {
            return nil
        }
    }

    /// Splits a name the way swift-mustache does (empty components dropped).
    init(_ name: String) {
        if name == "." {
            self.init(scope: .current, components: [])
        } else {
            self.init(scope: name.first == "." ? .top : .stack, components: name.split(separator: ".").map(String.init))
        }
    }
}
