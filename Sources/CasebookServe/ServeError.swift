import CasebookModel
import Foundation

/// Why `casebook serve` could not start listening, in words.
public enum ServeError: Error, Equatable, CustomStringConvertible {
    /// The port asked for with `--port` is taken.
    case portInUse(UInt16)
    /// The default port and the next ones are all taken.
    case noFreePort(from: UInt16, to: UInt16)
    case cannotListen(port: UInt16, reason: String)

    public var description: String { message.description }

    /// What went wrong, to be shown in the chosen language.
    public var message: Message {
        switch self {
        case .portInUse(let port):
            return "port \(port) is in use; stop the program that uses it or choose another with --port"
        case .noFreePort(let from, let to):
            return "ports \(from)–\(to) are all in use; choose a free one with --port"
        case .cannotListen(let port, let reason):
            return "cannot listen on 127.0.0.1:\(port): \(reason)"
        }
    }
}
