/// What importing the evaluation sheet does to one file: the fields it changes (old → new)
/// and the file's text afterwards.
public struct EvaluationFileChange: Sendable, Equatable {
    /// One field's change; nil means "not written".
    public struct Field: Sendable, Equatable {
        public var name: String
        public var old: String?
        public var new: String?

        public init(name: String, old: String?, new: String?) {
            self.name = name
            self.old = old
            self.new = new
        }
    }

    /// Relative to the casebook folder.
    public var path: String
    /// Created from the scaffold, rather than edited.
    public var isNew: Bool
    public var fields: [Field]
    public var text: String
}
