import Foundation

/// exiftool as an independent reader of what metadata a published image still carries.
public enum ExifTool {
    /// The metadata tags exiftool finds, as `GROUP:Name`, leaving out what describes the file
    /// and its pixels rather than the photo (size, encoding, JFIF density); PNG text chunks count.
    public static func metadataTags(_ file: URL) throws -> [String] {
        let result = try Program.run("/usr/bin/exiftool", ["-j", "-G", "-a", "-s", file.path])
        let objects = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]] ?? []
        let describing: Set<String> = ["ExifTool", "File", "System", "Composite", "JFIF", "PNG", "RIFF"]
        return objects.flatMap(\.keys).filter { key in
            guard let colon = key.firstIndex(of: ":") else { return false }
            return !describing.contains(String(key[..<colon])) || key == "PNG:Comment" || key.hasPrefix("PNG:Text")
        }.sorted()
    }
}
