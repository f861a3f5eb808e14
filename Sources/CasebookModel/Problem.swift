/// A message without a place yet; the caller knows where it belongs.
public struct Problem: Error, Sendable, Hashable {
    public var message: Message
    public init(_ message: Message) { self.message = message }
}
