/// Why an image could not be read or written, in words for the author.
public struct ImageFailure: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
