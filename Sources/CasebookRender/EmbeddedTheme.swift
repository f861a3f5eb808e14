import Foundation
import CasebookDefaultTheme

/// The default theme as the binary carries it (made from `themes/default` at build time by
/// the EmbedDefaultTheme plugin): used when a casebook has no `themes/default/` folder, and
/// written out by `casebook theme eject`.
public enum EmbeddedTheme {
    public static let name = "default"

    /// Every file, by its path inside the theme folder (`templates/case.mustache`), sorted by path.
    public static let files: [(path: String, data: Data)] = EmbeddedThemeFiles.files.map { file in
        // Written by ThemeEmbedder with base64EncodedString(), never by hand.
        (file.path, Data(base64Encoded: file.base64)!)
    }

    /// The files whose path starts with `prefix`, decoded without decoding the others.
    static func files(under prefix: String) -> [(path: String, data: Data)] {
        EmbeddedThemeFiles.files.filter { $0.path.hasPrefix(prefix) }.map { ($0.path, Data(base64Encoded: $0.base64)!) }
    }
}
