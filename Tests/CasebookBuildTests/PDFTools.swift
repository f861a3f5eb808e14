import Foundation

/// The programs the PDF tests need, and how they run them.
enum PDFTools {
    static let names = ["weasyprint", "pdfinfo", "pdftotext", "pdffonts"]
    /// Whether every one of them is on the PATH.
    static let present = names.allSatisfy { tool in
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of page `page` (1-based), laid out, with runs of spaces made single.
    static func text(_ pdf: URL, page: Int) throws -> String {
        try run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
            .replacingOccurrences(of: " +", with: " ", options: .regularExpression)
    }
}
