import Foundation
import CasebookModel
import CasebookRender

/// Writes what a build keeps out of the site (`UnpublishedFiles`: the Expert Evaluation Forms
/// when `evaluations.publish` is not `full`) to `forms/` in the casebook folder, beside
/// `site/`: staged and swapped in like the site, with its PDFs, and never inside the site, so
/// neither publishing `site/` nor `casebook bundle` can carry the scores.
struct UnpublishedWriter {
    static let folder = "forms"
    static let readme = """
    # forms/

    The Expert Evaluation Forms, one HTML page and one PDF per SEDP and language, and every form
    of a language in rank order (`<lang>/index.html`, `<lang>/\(EvaluationForms.allFormsPDF)`).
    They hold the scores, which this casebook does not publish (`evaluations.publish` is not
    `full`), so `casebook build` writes them here and never into the site. Written anew on every
    build; do not edit by hand.

    """

    var root: URL
    /// The site's folder, which the forms must never be in or hold.
    var site: URL

    /// Writes `files` and makes their PDFs (copying those whose inputs did not change from the
    /// folder as the last build left it); returns the PDFs made and of them those copied (paths
    /// in the casebook folder, `forms/ru/alpha.pdf`), what went wrong, and whether the folder
    /// was written.
    func write(_ files: UnpublishedFiles, pdfMaker: PDFMaker?, date: String?, progress: BuildProgress? = nil)
        -> (pdfs: [String], reused: [String], diagnostics: Diagnostics, wrote: Bool) {
        let output = root.appendingPathComponent(Self.folder)
        let writer = StagedWriter(output: output, protected: [
            root, root.appendingPathComponent("content"), root.appendingPathComponent("themes"), site,
        ])
        var diagnostics = Diagnostics()
        if let refusal = writer.refusal() {
            diagnostics.error(nil, "the evaluation forms were not written to \(Self.folder)/: \(refusal)")
            return ([], [], diagnostics, false)
        }
        var made: [String] = [], reused: [String] = []
        do {
            try writer.write(files.files, media: []) { staging in
                try Data(Self.readme.utf8).write(to: staging.appendingPathComponent("README.md"))
                if let pdfMaker {
                    let pdfs = pdfMaker.make(files.pdfJobs, in: staging, date: date, previous: output, progress: progress)
                    made = pdfs.made.map { "\(Self.folder)/\($0)" }
                    reused = pdfs.reused.map { "\(Self.folder)/\($0)" }
                    diagnostics.append(contentsOf: pdfs.diagnostics)
                }
            }
        } catch {
            diagnostics.error(nil, "could not write \(output.path): \(FileFailure.reason(of: error))")
            return ([], [], diagnostics, false)
        }
        return (made, reused, diagnostics, true)
    }
}
