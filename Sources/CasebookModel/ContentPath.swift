/// What a content file's path says: kind, id and language (`cases/masy-kindergarten.ru.md`).
public struct ContentPath: Sendable, Hashable {
    public var kind: DocumentKind
    public var id: String
    /// nil when the file name has no language part (it is in the default language).
    public var language: String?

    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
            && !id.hasPrefix("-") && !id.hasSuffix("-")
    }

    /// Splits a file name like `x.ru.md` into id and language, or explains why it cannot.
    public static func parse(fileName: String, kind: DocumentKind) -> Result<ContentPath, Problem> {
        guard fileName.hasSuffix(".md") else { return .failure(Problem("not a Markdown file")) }
        // On UTF-8 (".md" and "." are single bytes): Character by Character, parsing the name of
        // each file and of each link to one cost thousands of instructions.
        let parts = fileName.utf8.dropLast(3).split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard parts.count <= 2 else {
            return .failure(Problem("file name '\(fileName)' has too many dots; use <id>.<lang>.md"))
        }
        let id = parts[0]
        guard isValidID(id) else {
            return .failure(Problem("'\(id)' is not a valid id: use lowercase letters a–z, digits and '-' (e.g. masy-kindergarten)"))
        }
        return .success(ContentPath(kind: kind, id: id, language: parts.count == 2 ? parts[1] : nil))
    }
}
