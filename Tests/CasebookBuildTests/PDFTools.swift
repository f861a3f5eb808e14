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

    /// The PDF's bytes with every object kept in a compressed object stream (as WeasyPrint
    /// 66 and later write them) appended as a plain `N 0 obj … endobj`, for `PDFOutline`.
    static func objects(_ pdf: URL) throws -> Data {
        Data(try run("python3", ["-c", expandObjectStreams, pdf.path]).utf8)
    }

    private static let expandObjectStreams = """
        import re, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        out = [data]
        for m in re.finditer(rb'obj\\s*<<((?:(?!endobj).)*?)>>\\s*stream\\r?\\n', data, re.S):
            head = m.group(1)
            if b'/ObjStm' not in head: continue
            length = int(re.search(rb'/Length (\\d+)', head).group(1))
            first = int(re.search(rb'/First (\\d+)', head).group(1))
            body = zlib.decompress(data[m.end():m.end() + length])
            numbers = [int(x) for x in body[:first].split()]
            pairs = list(zip(numbers[0::2], numbers[1::2]))
            for i, (number, offset) in enumerate(pairs):
                end = pairs[i + 1][1] if i + 1 < len(pairs) else len(body) - first
                out.append(b'\\n%d 0 obj\\n%s\\nendobj\\n' % (number, body[first + offset:first + end].strip()))
        sys.stdout.buffer.write(b''.join(out).decode('latin-1').encode('utf-8'))
        """

    /// The text of page `page` (1-based), laid out, with runs of spaces made single.
    static func text(_ pdf: URL, page: Int) throws -> String {
        try run("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
            .replacingOccurrences(of: " +", with: " ", options: .regularExpression)
    }
}
