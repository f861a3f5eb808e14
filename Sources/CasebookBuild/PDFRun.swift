import Foundation
import CasebookModel
import CasebookRender

/// One `weasyprint` process for one PDF job: it starts when the run is made and is waited
/// for by `finish()`. Its messages go to a temporary file, not a pipe, so a talkative
/// process never blocks while another one is being waited for.
final class PDFRun {
    let job: PDFJob
    private let process = Process()
    private let log: URL
    private let output: URL
    private var launchError: Error?

    init(job: PDFJob, folder: URL, executable: URL, environment: [String: String]) {
        self.job = job
        output = folder.appendingPathComponent(job.pdf)
        log = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-weasyprint-\(UUID().uuidString).log")
        process.executableURL = executable
        process.arguments = [folder.appendingPathComponent(job.html).path, output.path]
        process.currentDirectoryURL = folder
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        do {
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
        } catch {
            launchError = error
        }
    }

    /// Waits for the process; whether the PDF was made, and what went wrong.
    func finish() -> (made: Bool, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        defer { try? FileManager.default.removeItem(at: log) }
        if let launchError {
            diagnostics.error(nil, "could not run \(process.executableURL?.path ?? "weasyprint") for \(job.html): \(FileFailure.reason(of: launchError)); \(job.pdf) was not made")
            return (false, diagnostics)
        }
        process.waitUntilExit()
        let messages = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let lines = messages.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let status = process.terminationStatus
        guard process.terminationReason == .exit, status == 0, FileManager.default.fileExists(atPath: output.path) else {
            try? FileManager.default.removeItem(at: output)
            let reason = process.terminationReason == .exit ? "exit status \(status)" : "killed by signal \(status)"
            let last = lines.last.map { ": \($0)" } ?? ""
            diagnostics.error(nil, "weasyprint failed on \(job.html) (\(reason))\(last); \(job.pdf) was not made")
            return (false, diagnostics)
        }
        // WeasyPrint logs what it had to leave out (a missing image, a link to no anchor) as ERROR.
        for line in Set(lines.filter { $0.hasPrefix("ERROR:") }).sorted() {
            diagnostics.warning(nil, "weasyprint, \(job.pdf): \(line.dropFirst("ERROR:".count).trimmingCharacters(in: .whitespaces))")
        }
        return (true, diagnostics)
    }
}
