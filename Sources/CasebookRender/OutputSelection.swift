import Foundation

/// Which of the registered outputs a build makes: all of them, or those named after
/// `casebook build --only` (the outputs made whatever it says are always in).
public struct OutputSelection: Sendable, Hashable {
    /// Nil: every output.
    public var names: Set<String>?

    public static let all = OutputSelection(names: nil)

    public init(names: Set<String>?) { self.names = names }

    /// The selection `--only LIST` names: nil with the first name no output has.
    public init?(only list: String) {
        var names = Set<String>()
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard Outputs.names.contains(name) else { return nil }
            names.insert(name)
        }
        self.names = names
    }

    /// The names in `list` that no output has.
    public static func unknownNames(in list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !Outputs.names.contains($0) }
    }

    public func contains(_ output: any Output) -> Bool {
        output.isAlwaysMade || names?.contains(output.name) ?? true
    }

    /// Whether the output called `name` is made (and so may be linked to).
    public func contains(_ name: String) -> Bool {
        Outputs.registered.first { $0.name == name }.map(contains) ?? false
    }
}
