import CasebookRender

/// Passes rendered files on to another sink with their image tags pointed at the published
/// copies (`ImageMarkup`), as pages are rendered on every core.
struct ImageMarkupSink: OutputSink {
    let inner: any OutputSink
    let markup: ImageMarkup

    func write(_ file: OutputFile) {
        inner.write(markup.file(file))
    }
}

extension ImageMarkup {
    /// `file` with its image tags rewritten if it is a page that has any.
    func file(_ file: OutputFile) -> OutputFile {
        guard file.path.hasSuffix(".html"), let data = rewrite(file.data, page: file.path) else { return file }
        return OutputFile(path: file.path, data: data)
    }
}
