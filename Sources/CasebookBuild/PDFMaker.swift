import Foundation
import CasebookModel
import CasebookRender

/// Makes the PDFs of a build with WeasyPrint: one `weasyprint` process per job, run in the
/// staging folder before it is swapped into place, so the PDFs see exactly the HTML, CSS and
/// media that are published.
///
/// The creation date comes from the casebook's `date`, never from the clock: the book carries
/// it as `<meta name="dcterms.created">`, and the process gets SOURCE_DATE_EPOCH for it, which
/// also fixes the time stamps in the embedded font subsets, so a rebuild gives the same bytes.
public struct PDFMaker: Sendable {
    /// The exact command that installs what is missing (the one scripts/install-system-packages.sh runs).
    public static let installCommand = "sudo apt-get install weasyprint"
    /// Two processes at a time: the PDFs of two languages in the time of one on two cores,
    /// without a memory peak per language on a small machine.
    static let concurrentJobs = 2

    /// The `weasyprint` executable.
    public var executable: URL
    /// The environment of the processes (PATH, HOME for the font cache, locale).
    public var environment: [String: String]

    /// Finds `weasyprint` on the PATH of `environment`; nil when it is not installed.
    public init?(environment: [String: String]) {
        let path = environment["PATH"] ?? ""
        let found = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("weasyprint") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let found else { return nil }
        executable = found
        self.environment = environment
    }

    /// The one-line message for a build that should make PDFs but finds no WeasyPrint.
    public static func missingMessage(for jobs: [PDFJob]) -> String {
        "weasyprint was not found, so \(jobs.map(\.pdf).joined(separator: ", ")) were not made; "
            + "install it with `\(installCommand)` (or `pip install weasyprint`), or build with --no-pdf"
    }

    /// SOURCE_DATE_EPOCH for `YYYY-MM-DD`: midnight UTC of that day.
    public static func epoch(of date: String) -> Int? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        // Days from the civil date (Howard Hinnant's algorithm), so no calendar or time zone is involved.
        let y = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (parts[1] + (parts[1] > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }

    /// Makes the PDF of every job inside `folder` (paths of the jobs are relative to it).
    /// Returns the PDFs made and what went wrong: an error for a job that failed, a warning
    /// for each problem WeasyPrint reported in a PDF it made (e.g. a link to a missing anchor).
    public func make(_ jobs: [PDFJob], in folder: URL, date: String?) -> (made: [String], diagnostics: Diagnostics) {
        var processEnvironment = environment
        if let epoch = date.flatMap(Self.epoch(of:)) { processEnvironment["SOURCE_DATE_EPOCH"] = String(epoch) }
        var made: [String] = []
        var diagnostics = Diagnostics()
        var start = 0
        while start < jobs.count {
            let batch = Array(jobs[start..<min(jobs.count, start + Self.concurrentJobs)])
            let runs = batch.map { PDFRun(job: $0, folder: folder, executable: executable, environment: processEnvironment) }
            for run in runs {
                let outcome = run.finish()
                diagnostics.append(contentsOf: outcome.diagnostics)
                if outcome.made { made.append(run.job.pdf) }
            }
            start += Self.concurrentJobs
        }
        return (made, diagnostics)
    }
}
