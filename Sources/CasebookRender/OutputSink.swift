/// Takes the files of a build as soon as they are rendered, so that a site of 20,000 pages
/// never sits in memory at once. Called from several threads at a time.
public protocol OutputSink: Sendable {
    func write(_ file: OutputFile)
}
