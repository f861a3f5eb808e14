import CasebookRender

/// Drops every file: `check` renders everything for its diagnostics and keeps no page.
struct DiscardingSink: OutputSink {
    func write(_ file: OutputFile) {}
}
