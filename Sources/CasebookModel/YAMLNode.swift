/// One node of the YAML casebook reads — front matter, `casebook.yml`, a `casebook` block, a
/// theme's strings: a scalar, a list or a mapping, with the line and column where it starts in
/// the file it came from. The fast reader makes these for plain front matter, Yams' nodes are
/// converted into them otherwise, so every decoder reads one tree.
public struct YAMLNode: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// One entry of a mapping, in the order written.
    public struct Pair: Sendable, Hashable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    /// 1-based line in the file (the YAML's own line plus the offset it was read with).
    public var line: Int
    /// 1-based column, counted in Unicode scalars as libyaml counts them.
    public var column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// A scalar's text, whatever its tag; nil for a list or a mapping.
    public var text: String? { scalar?.text }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// `~`, `null` or nothing (plain), or a scalar tagged `!!null`.
    public var isNull: Bool { scalar?.tag == .null }

    /// "text", "list" or "mapping", for messages.
    public var kindName: String {
        switch content {
        case .scalar: return "text"
        case .sequence: return "list"
        case .mapping: return "mapping"
        }
    }
}
