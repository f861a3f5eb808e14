import Foundation
internal import Mustache

/// A theme's templates compiled for `TemplateRenderer`, made on first use and then shared by
/// every thread that renders pages.
final class CompiledTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: (templates: [String: CompiledTemplate], uncompiled: Set<String>)?

    /// The compiled templates of `library`, and the names of those that could not be compiled.
    func of(_ library: MustacheLibrary) -> (templates: [String: CompiledTemplate], uncompiled: Set<String>) {
        lock.withLock {
            if let compiled { return compiled }
            var templates: [String: CompiledTemplate] = [:]
            var uncompiled = Set<String>()
            // The library does not list its templates; its one stored dictionary does.
            let all = Mirror(reflecting: library).children.first { $0.label == "templates" }?.value as? [String: MustacheTemplate]
            for (name, template) in all ?? [:] {
                if let fast = CompiledTemplate(template) { templates[name] = fast } else { uncompiled.insert(name) }
            }
            compiled = (templates, uncompiled)
            return (templates, uncompiled)
        }
    }
}
