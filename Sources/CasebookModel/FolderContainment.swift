import Foundation

/// Whether files stay inside the casebook folder once symbolic links are followed: a link in
/// content/ or themes/ to `/etc/passwd` must never be published, bundled or served.
public struct FolderContainment: Sendable {
    /// The casebook folder with every link resolved, ending in `/`.
    private let root: String

    public init(root folder: URL) {
        root = (Self.resolved(folder.path) ?? folder.standardizedFileURL.path) + "/"
    }

    /// Where `path` really is when that is outside the casebook folder; nil when it is inside
    /// (or does not resolve: reading it then fails as a missing file would).
    public func outside(_ path: String) -> String? {
        guard let real = Self.resolved(path), !(real + "/").hasPrefix(root) else { return nil }
        return real
    }

    /// The error for a file (as the author knows it, `content/media/x.png`) that leads outside.
    public static func message(_ target: String) -> Message {
        "symbolic link to '\(target)', outside the casebook folder; nothing outside it is published, so copy the file in"
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
