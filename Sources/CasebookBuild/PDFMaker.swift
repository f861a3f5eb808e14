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
    /// What installs WeasyPrint: 70.0 from PyPI in a virtual environment of its own, as
    /// scripts/install-weasyprint.sh does (Debian's 57.2 cannot write tagged PDFs).
    public static let installCommand = "pip install weasyprint==70.0"
    /// Tagged PDFs (PDF/UA-1: structure for screen readers, the document's language and
    /// title); WeasyPrint 66 and later know the option.
    static let variantArguments = ["--pdf-variant", "pdf/ua-1"]
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

    /// How many paths of the PDFs not made `missingMessage` names.
    static let missingPathsShown = 3

    /// The one-line message for a build that should make PDFs but finds no WeasyPrint: how
    /// many were not made, the first few of them and how to install it (a casebook with dozens
    /// of evaluation forms would otherwise fill the terminal with paths).
    public static func missingMessage(for jobs: [PDFJob]) -> Message {
        let pdfs = jobs.map(\.pdf)
        let shown = pdfs.prefix(missingPathsShown).joined(separator: ", ")
        let others = pdfs.count - min(pdfs.count, missingPathsShown)
        let named: Message = others > 0 ? "\(shown) and \(others) more" : Message(verbatim: shown)
        return "weasyprint was not found, so \(pdfs.count) \(plural: pdfs.count, "PDF was", "PDFs were") not made (\(named)); install it with `\(installCommand)` (scripts/install-weasyprint.sh), or build with --no-pdf"
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

    /// What a call of `make` did.
    public struct Outcome: Sendable {
        /// The PDFs now in the folder, in the order of the jobs.
        public var made: [String] = []
        /// Those of them copied from the previous build, their inputs unchanged.
        public var reused: [String] = []
        /// An error for each job that failed, a warning for each problem WeasyPrint reported
        /// in a PDF it made (e.g. a link to a missing anchor), again when that PDF is reused.
        public var diagnostics = Diagnostics()
    }

    /// Makes the PDF of every job inside `folder` (paths of the jobs are relative to it).
    /// A PDF that `previous` (the site built last time) holds, made from the same inputs
    /// (`PDFInputs`) by the same WeasyPrint, is copied from there instead.
    public func make(_ jobs: [PDFJob], in folder: URL, date: String?, previous: URL? = nil,
                     progress: BuildProgress? = nil) -> Outcome {
        var processEnvironment = environment
        let epoch = date.flatMap(Self.epoch(of:))
        if let epoch { processEnvironment["SOURCE_DATE_EPOCH"] = String(epoch) }
        let settings = ["casebook PDF inputs 1", executable.resolvingSymlinksInPath().path,
                        Self.variantArguments.joined(separator: " "), "SOURCE_DATE_EPOCH=\(epoch.map(String.init) ?? "")"]
        let before = previous.map { PDFLedger(site: $0) } ?? PDFLedger()
        var ledger = PDFLedger()
        var outcome = Outcome()
        var done: Set<String> = []
        var pending: [(job: PDFJob, inputs: String?)] = []
        for job in jobs {
            let inputs = PDFInputs(of: job, in: folder).fingerprint(in: folder, settings: settings)
            if let inputs, let previous, let entry = before.holds(job.pdf, madeFrom: inputs, in: previous),
               (try? FileManager.default.copyItem(at: previous.appendingPathComponent(job.pdf),
                                                  to: folder.appendingPathComponent(job.pdf))) != nil {
                ledger.pdfs[job.pdf] = entry
                done.insert(job.pdf)
                outcome.reused.append(job.pdf)
                for warning in entry.warnings { outcome.diagnostics.warning(nil, Message(verbatim: warning)) }
            } else {
                pending.append((job, inputs))
            }
        }
        var start = 0
        while start < pending.count {
            let batch = Array(pending[start..<min(pending.count, start + Self.concurrentJobs)])
            let runs = batch.map { PDFRun(job: $0.job, folder: folder, executable: executable, environment: processEnvironment) }
            progress?.set {
                let stages = runs.compactMap { run in run.stage.map { "PDF \(run.job.pdf): \($0)" } }
                return stages.isEmpty ? nil : stages.joined(separator: "; ")
            }
            for (run, item) in zip(runs, batch) {
                let result = run.finish()
                outcome.diagnostics.append(contentsOf: result.diagnostics)
                guard result.made else { continue }
                done.insert(run.job.pdf)
                if let inputs = item.inputs, let checksum = try? Checksum.sha256(of: folder.appendingPathComponent(run.job.pdf)) {
                    ledger.pdfs[run.job.pdf] = .init(inputs: inputs, sha256: checksum,
                                                      warnings: result.diagnostics.sorted.map(\.message.description))
                }
            }
            start += Self.concurrentJobs
        }
        progress?.set(nil)
        outcome.made = jobs.map(\.pdf).filter(done.contains)
        if !ledger.pdfs.isEmpty {
            try? ledger.data.write(to: folder.appendingPathComponent(PDFLedger.file))
        }
        return outcome
    }
}
