import Foundation

/// The fingerprint a translation keeps of the original it was made from (`translation_of`):
/// the original's body and its translatable front-matter texts (a case's title, summary,
/// highlights and image alt, a page's title, …), so that editing the Russian title marks the
/// English outdated as editing the body does. Written `v2-` and 16 hex digits; a fingerprint
/// without the prefix is an older one of the body alone and is still read as that, until
/// `casebook translated` writes the new kind.
public enum TranslationFingerprint {
    static let prefix = "v2-"

    /// The fingerprint of an original with this body and these texts (field → text).
    public static func of(body: String, texts: [String: String]) -> String {
        // Unit and record separators keep "a" + "bc" apart from "ab" + "c".
        let front = texts.sorted { $0.key < $1.key }.map { "\($0.key)\u{1F}\($0.value)\u{1E}" }.joined()
        return prefix + BodyFingerprint.of(front + "\u{1D}" + body)
    }

    /// The fingerprint of the original `info`.
    public static func of(_ info: TranslationInfo) -> String {
        of(body: info.body.text, texts: info.texts)
    }

    /// Whether a translation stamped `stamp` was made from `original` as it is now.
    public static func matches(_ stamp: String, _ original: TranslationInfo) -> Bool {
        stamp.hasPrefix(prefix) ? stamp == of(original) : stamp == BodyFingerprint.of(original.body.text)
    }

    /// The fingerprint of the original in `data` (the file `file`, at `path`), read as the
    /// loader reads it; the first problem when it cannot be read.
    public static func ofOriginal(data: Data, file: String, path: ContentPath, config: Config) -> Result<String, Diagnostic> {
        var diagnostics = Diagnostics()
        guard let translation = DocumentReader(config: config).read(data: data, file: file, path: path, into: &diagnostics),
              !diagnostics.hasErrors else {
            return .failure(diagnostics.sorted.first { $0.severity == .error }
                ?? Diagnostic.error(SourceLocation(file: file), "cannot read its front matter; run casebook check"))
        }
        return .success(of(translation.info(translationOf: nil)))
    }
}
