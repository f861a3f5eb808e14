import Testing

/// One case of the Mustache specification: a template, its data and partials, and the text
/// it must render (see the `MustacheSpecCase+…` files).
struct MustacheSpecCase: @unchecked Sendable, CustomTestStringConvertible {
    let name: String
    let template: String
    /// Strings, numbers, Booleans, dictionaries and arrays only: immutable values, hence the
    /// unchecked `Sendable`.
    let data: Any
    let partials: [String: String]
    let expected: String

    init(_ name: String, _ template: String, _ data: Any, partials: [String: String] = [:], expected: String) {
        self.name = name
        self.template = template
        self.data = data
        self.partials = partials
        self.expected = expected
    }

    var testDescription: String { name }
}

