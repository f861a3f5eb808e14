import Foundation

/// What a running build is doing, for the progress line of a long build ("PDF ru/casebook.pdf:
/// WeasyPrint, 37 pages…"). The build sets a describer; the progress line asks it from
/// another thread, so it is read and replaced under a lock.
public final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var describer: (@Sendable () -> String?)?

    public init() {}

    /// The stage now, or nil before the build names one.
    public var stage: String? {
        let describer = lock.withLock { self.describer }
        return describer?()
    }

    /// From now on, `describe` tells the stage (nil: none named).
    func set(_ describe: (@Sendable () -> String?)?) {
        lock.withLock { describer = describe }
    }
}
