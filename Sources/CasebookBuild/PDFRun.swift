import Foundation
import CasebookModel
import CasebookRender

/// One `weasyprint` process for one PDF job: it starts when the run is made and is waited
/// for by `finish()`. Its messages go to a temporary file, not a pipe, so a talkative
/// process never blocks while another one is being waited for. WeasyPrint runs with `-v`, so
/// that file also tells how far it is (`stage`), which the progress line reads from another
/// thread: a run's stored properties are constants but `finished`, which a lock guards.
final class PDFRun: @unchecked Sendable {
    let job: PDFJob
    private let process = Process()
    private let log: URL
    private let output: URL
    /// The page with its links as the PDF should have them (`PDFLinks`), beside the page so
    /// that its relative style sheets and images resolve; removed when the run finishes.
    private let source: URL
    private var launchError: Error?
    private let lock = NSLock()
    private var finished = false

    init(job: PDFJob, folder: URL, executable: URL, environment: [String: String]) {
        self.job = job
        output = folder.appendingPathComponent(job.pdf)
        log = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-weasyprint-\(UUID().uuidString).log")
        process.executableURL = executable
        let page = folder.appendingPathComponent(job.html)
        source = page.deletingLastPathComponent().appendingPathComponent(".\(page.lastPathComponent).pdf-source.html")
        process.arguments = ["-v"] + PDFMaker.variantArguments + [source.path, output.path]
        process.currentDirectoryURL = folder
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        do {
            try PDFLinks.rewrite(Data(contentsOf: page)).write(to: source)
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
        defer {
            lock.withLock { finished = true }
            try? FileManager.default.removeItem(at: log)
            try? FileManager.default.removeItem(at: source)
        }
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
            if lines.contains(where: { $0.contains("unrecognized arguments: --pdf-variant") }) {
                diagnostics.error(nil, "\(process.executableURL?.path ?? "weasyprint") is too old to write tagged PDFs (it needs WeasyPrint 66 or later); "
                    + "install it with `\(PDFMaker.installCommand)` (scripts/install-weasyprint.sh); \(job.pdf) was not made")
                return (false, diagnostics)
            }
            let last = lines.last { !$0.hasPrefix("INFO:") }.map { ": \($0)" } ?? ""
            diagnostics.error(nil, "weasyprint failed on \(job.html) (\(reason))\(last); \(job.pdf) was not made")
            return (false, diagnostics)
        }
        // WeasyPrint logs what it had to leave out (a missing image, a link to no anchor) as ERROR.
        for line in Set(lines.filter { $0.hasPrefix("ERROR:") }).sorted() {
            diagnostics.warning(nil, "weasyprint, \(job.pdf): \(line.dropFirst("ERROR:".count).trimmingCharacters(in: .whitespaces))")
        }
        return (true, diagnostics)
    }

    /// How far WeasyPrint is, e.g. "WeasyPrint, 37 pages…", from what it has logged so far;
    /// nil once the run is finished.
    var stage: String? {
        if lock.withLock({ finished }) { return nil }
        return Self.stage(fromLog: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    /// The stage its `-v` log tells: "INFO: Step 5 - Creating layout - Page 37", then
    /// "Step 6 - Creating PDF". WeasyPrint lays a book out again when page numbers moved
    /// (the contents): the count shown does not go back to page 1 then.
    static func stage(fromLog log: String) -> String {
        var pages = 0
        var most = 0
        var writing = false
        for line in log.split(separator: "\n") where line.hasPrefix("INFO: Step ") {
            if let page = line.range(of: " - Page ") {
                pages = Int(line[page.upperBound...]) ?? pages
                most = max(most, pages)
            }
            if line.hasPrefix("INFO: Step 6") || line.hasPrefix("INFO: Step 7") { writing = true }
        }
        if writing { return "WeasyPrint, writing \(pages) page\(pages == 1 ? "" : "s")…" }
        return most == 0 ? "WeasyPrint, reading…" : "WeasyPrint, \(most) page\(most == 1 ? "" : "s")…"
    }
}
