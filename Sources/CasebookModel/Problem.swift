/// A message without a place yet; the caller knows where it belongs.
public struct Problem: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
