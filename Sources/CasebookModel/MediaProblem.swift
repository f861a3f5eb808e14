/// What is wrong with a file under content/media/ (unreadable, too large), found by the image
/// stage before pages are rendered and reported at every place that uses the file.
public struct MediaProblem: Sendable, Equatable {
    /// A whole sentence naming the file: "image 'content/media/x.jpg' cannot be read: …".
    public var message: Message
    /// An error stops the build; otherwise a warning.
    public var isError: Bool

    public init(_ message: Message, isError: Bool) {
        self.message = message
        self.isError = isError
    }
}
