/// What a build makes that must not be published with the site — the Expert Evaluation Forms
/// when `evaluations.publish` is not `full` — with the PDFs to make from them. The build
/// writes them to a folder of their own (`forms/` beside the site), never into the site.
public struct UnpublishedFiles: Sendable {
    /// Paths relative to that folder, in the order they were made.
    public var files: [OutputFile] = []
    public var pdfJobs: [PDFJob] = []

    public init() {}

    public var isEmpty: Bool { files.isEmpty }

    mutating func record(_ page: RenderedPage) {
        if let file = page.file { files.append(file) }
        if let job = page.pdfJob { pdfJobs.append(job) }
    }
}
