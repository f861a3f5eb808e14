import Foundation

// Writes a Swift source that holds every file of a theme folder, byte for byte, as base64 text
// (fonts and images survive; the compiler reads a string literal at once where an array of
// numbers would take it seconds). Hidden files are skipped, as casebook skips them on disk.
// Run by the EmbedDefaultTheme build-tool plugin:
//
//     ThemeEmbedder THEME_FOLDER OUTPUT.swift

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: ThemeEmbedder THEME_FOLDER OUTPUT.swift\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1], isDirectory: true).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

var paths: [String] = []
if let enumerator = FileManager.default.enumerator(atPath: folder.path) {
    while let path = enumerator.nextObject() as? String {
        if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
        if !isDirectory.boolValue { paths.append(path) }
    }
}
paths.sort()

var source = """
// Generated at build time from themes/default by ThemeEmbedder; not kept in the repository.

/// Every file of the default theme, by its path inside the theme folder, as base64.
public enum EmbeddedThemeFiles {
    public static let files: [(path: String, base64: String)] = [

"""
for path in paths {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
        FileHandle.standardError.write(Data("ThemeEmbedder: cannot read \(path)\n".utf8))
        exit(1)
    }
    let literal = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(literal)\", \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"

// Rewritten only when it changed, so an unchanged theme does not recompile its module.
if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
    do {
        try Data(source.utf8).write(to: output, options: .atomic)
    } catch {
        FileHandle.standardError.write(Data("ThemeEmbedder: cannot write \(output.path): \(error)\n".utf8))
        exit(1)
    }
}
