import Foundation
import CasebookModel

/// A file-system operation that failed, in words: what was being done, to which path, and why
/// ("could not write site/: no space left on device"). Every error of the build and bundle
/// paths is turned into text here, never through Foundation's `localizedDescription`, which on
/// Linux says "The operation could not be completed" or "NSCocoaErrorDomain error 512".
public struct FileFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being done.
    public enum Action: String, Sendable {
        case read, write, remove, move, run
        case makeFolder = "create the folder"
    }

    public var action: Action
    public var path: String
    /// The system's reason, lower case: "no space left on device".
    public var reason: String
    /// The errno behind the reason, when there is one.
    public var code: Int32?

    public init(_ action: Action, _ path: String, reason: String, code: Int32? = nil) {
        self.action = action
        self.path = path
        self.reason = reason
        self.code = code
    }

    public init(_ action: Action, _ path: String, errno code: Int32) {
        self.init(action, path, reason: Self.reason(errno: code), code: code)
    }

    public init(_ action: Action, _ path: String, error: any Error) {
        self.init(action, path, reason: Self.reason(of: error), code: Self.code(of: error))
    }

    public var description: String { "could not \(action.rawValue) \(path): \(reason)" }

    /// The reason an error gives, in words; the errno meaning wherever one can be found.
    public static func reason(of error: any Error) -> String {
        switch error {
        case let failure as FileFailure:
            return failure.reason
        case let problem as Problem:
            return problem.message.description
        case let posix as POSIXError:
            return reason(errno: posix.code.rawValue)
        default:
            let error = error as NSError
            if error.domain == NSPOSIXErrorDomain { return reason(errno: Int32(error.code)) }
            if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error { return reason(of: underlying) }
            if error.domain == NSCocoaErrorDomain, let words = cocoaReasons[error.code] { return words }
            return "\(error.domain) error \(error.code)"
        }
    }

    /// The errno an error carries, itself or through its underlying error.
    public static func code(of error: any Error) -> Int32? {
        switch error {
        case let failure as FileFailure: return failure.code
        case is Problem: return nil
        case let posix as POSIXError: return posix.code.rawValue
        default:
            let error = error as NSError
            if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
            return (error.userInfo[NSUnderlyingErrorKey] as? any Error).flatMap(code(of:))
        }
    }

    /// `strerror`, lower-cased as it reads in the middle of a sentence.
    public static func reason(errno code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Foundation's file errors that come without the errno behind them.
    private static let cocoaReasons: [Int: String] = [
        CocoaError.fileNoSuchFile.rawValue: reason(errno: ENOENT),
        CocoaError.fileReadNoSuchFile.rawValue: reason(errno: ENOENT),
        CocoaError.fileReadNoPermission.rawValue: reason(errno: EACCES),
        CocoaError.fileWriteNoPermission.rawValue: reason(errno: EACCES),
        CocoaError.fileWriteOutOfSpace.rawValue: reason(errno: ENOSPC),
        CocoaError.fileWriteVolumeReadOnly.rawValue: reason(errno: EROFS),
        CocoaError.fileWriteFileExists.rawValue: reason(errno: EEXIST),
        CocoaError.fileReadTooLarge.rawValue: reason(errno: EFBIG),
        CocoaError.fileReadCorruptFile.rawValue: "the file is damaged",
        CocoaError.fileReadInapplicableStringEncoding.rawValue: "it is not valid UTF-8",
        CocoaError.fileLocking.rawValue: "it is locked",
    ]
}
