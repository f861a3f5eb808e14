import CasebookModel

/// One page rendered away from the renderer's state (so pages can render concurrently), with
/// what was found on the way; `WebsiteRenderer.record` takes them in page order.
struct RenderedPage {
    /// Nil for a file that is not a page of the website (the printable book): it has no
    /// place in the sitemap.
    var key: PageKey?
    var language: String
    /// Nil once the file went to the output sink.
    var file: OutputFile?
    /// The file's path, also after it went to the sink.
    var path: String
    var diagnostics = Diagnostics()
    var media = Set<String>()
    var search: SearchIndexItem?
    /// The PDF to make from the file.
    var pdfJob: PDFJob?
    /// The page's body as rendered for it, kept for the printable book (see `PageQueue.bodies`).
    var bookBody: String?
    /// The case shown, kept for the printable book's chapter (see `PageQueue.caseModels`).
    var caseModel: CasePageModel?
    /// Not part of the published site (the evaluation forms when the scores are not public):
    /// kept apart in `PageQueue.unpublished`, never handed to the site's sink.
    var isUnpublished = false
}
