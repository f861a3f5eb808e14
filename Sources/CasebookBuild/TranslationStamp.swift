import Foundation
import CasebookModel

/// Writes `translation_of: <fingerprint of the original>` (its body and its translatable
/// front-matter texts, `TranslationFingerprint`) into a translation's front matter (`casebook translated <file>`), keeping every other line, the line ends and a BOM.
public struct TranslationStamp {
    public var root: URL
    public var config: Config

    public init(root: URL, config: Config) {
        self.root = root
        self.config = config
    }

    /// Stamps `file` (a path relative to the casebook folder); returns the fingerprint.
    public func stamp(_ file: String) throws -> String {
        let parts = file.split(separator: "/").map(String.init)
        guard parts.count == 3, parts[0] == "content", let kind = DocumentKind(rawValue: parts[1]),
              case .success(let path) = ContentPath.parse(fileName: parts[2], kind: kind) else {
            throw Problem("\(file): not a content file like content/cases/<id>.<lang>.md")
        }
        let language = path.language ?? config.defaultLanguage
        guard language != config.defaultLanguage else {
            throw Problem("\(file) is in the default language (\(config.defaultLanguage)); stamp its translations instead")
        }
        let main = config.defaultLanguage
        let candidates = ["content/\(kind.rawValue)/\(path.id).\(main).md", "content/\(kind.rawValue)/\(path.id).md"]
        guard let originalFile = candidates.first(where: { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }) else {
            throw Problem("\(file): there is no \(main) original (\(candidates[0]))")
        }
        let originalData = try Data(contentsOf: root.appendingPathComponent(originalFile))
        guard case .success(let originalPath) = ContentPath.parse(fileName: String(originalFile.split(separator: "/").last!), kind: kind) else {
            throw Problem("\(originalFile): not a content file like content/cases/<id>.<lang>.md")
        }
        let fingerprint: String
        switch TranslationFingerprint.ofOriginal(data: originalData, file: originalFile, path: originalPath, config: config) {
        case .success(let value): fingerprint = value
        case .failure(let diagnostic):
            let place = diagnostic.location.map { "\($0): " } ?? "\(originalFile): "
            throw Problem("\(place)\(diagnostic.message); this is the original of \(file): fix it, then run translated again")
        }
        var translation = try text(of: file)
        var lines = translation.text.components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }) else {
            throw Problem("\(file): no front matter between '---' lines")
        }
        let line = "translation_of: \"\(fingerprint)\""
        if let existing = lines[1..<close].firstIndex(where: { $0.hasPrefix("translation_of:") }) {
            lines[existing] = line
        } else {
            lines.insert(line, at: close)
        }
        translation.text = lines.joined(separator: "\n")
        try write(translation, to: file)
        return fingerprint
    }

    private struct Text {
        var text: String
        var crlf: Bool
        var bom: Bool
    }

    private func text(of file: String) throws -> Text {
        let data = try Data(contentsOf: root.appendingPathComponent(file))
        switch SourceText.decode(data, file: file) {
        case .success(let text):
            return Text(text: text, crlf: data.range(of: Data("\r\n".utf8)) != nil, bom: data.starts(with: [0xEF, 0xBB, 0xBF]))
        case .failure(let diagnostic):
            throw Problem("\(diagnostic.location.map { "\($0): " } ?? "")\(diagnostic.message)")
        }
    }

    private func write(_ text: Text, to file: String) throws {
        var body = text.crlf ? text.text.replacingOccurrences(of: "\n", with: "\r\n") : text.text
        if text.bom { body = "\u{FEFF}" + body }
        try Data(body.utf8).write(to: root.appendingPathComponent(file), options: .atomic)
    }
}
