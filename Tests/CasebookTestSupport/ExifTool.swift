import Foundation

/// exiftool as an independent reader of what metadata a published image still carries.
public enum ExifTool {
    /// The metadata tags exiftool finds, as `GROUP:Name`, leaving out what describes the file
    /// and its pixels rather than the photo (size, encoding, JFIF density); PNG text chunks count.
    public static func metadataTags(_ file: URL) throws -> [String] {
        let result = try run("/usr/bin/exiftool", ["-j", "-G", "-a", "-s", file.path])
        let objects = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]] ?? []
        let describing: Set<String> = ["ExifTool", "File", "System", "Composite", "JFIF", "PNG", "RIFF"]
        return objects.flatMap(\.keys).filter { key in
            guard let colon = key.firstIndex(of: ":") else { return false }
            return !describing.contains(String(key[..<colon])) || key == "PNG:Comment" || key.hasPrefix("PNG:Text")
        }.sorted()
    }

    /// Runs a program (exiftool, vips) and collects what it printed.
    public static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
