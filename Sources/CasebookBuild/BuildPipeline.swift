import Foundation
import CasebookModel
import CasebookRender

/// Load → render → write. `check` runs the same stages but writes nothing.
public struct BuildPipeline {
    public struct Options: Sendable {
        public var root: URL
        public var output: URL
        public var includeDrafts: Bool
        public var environment: [String: String]
        /// What to make besides the website's pages (`--only web` leaves out print, slides and PDFs).
        public var parts: OutputParts

        public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, environment: [String: String] = [:],
                    parts: OutputParts = .all) {
            self.root = root.standardizedFileURL
            self.output = (output ?? root.appendingPathComponent("site")).standardizedFileURL
            self.includeDrafts = includeDrafts
            self.environment = environment
            self.parts = parts
        }
    }

    /// What a run made and found.
    public struct Report: Sendable {
        public var diagnostics: Diagnostics
        /// For `check`: what is left to translate.
        public var translations: TranslationReport?
        public var pageCount: [String: Int] = [:]
        public var fileCount = 0
        /// Every file written, relative to the output folder (for `build -v`).
        public var writtenPaths: [String] = []
        public var wrote = false
    }

    public var options: Options

    public init(options: Options) { self.options = options }

    /// Loads and renders; nil output when there is any error. Rendering runs even after
    /// content errors, so one run reports the problems of every stage. With a `sink`, files go
    /// there as they are rendered instead of into the output.
    public func render(sink: (any OutputSink)? = nil) -> (WebsiteOutput?, Diagnostics) {
        let (output, diagnostics, _) = renderKeepingSite(sink: sink)
        return (output, diagnostics)
    }

    private func renderKeepingSite(sink: (any OutputSink)? = nil) -> (WebsiteOutput?, Diagnostics, Site?) {
        var diagnostics = Diagnostics()
        let (site, loadDiagnostics) = SiteLoader(root: options.root, includeDrafts: options.includeDrafts,
                                                 environment: options.environment).load()
        diagnostics.append(contentsOf: loadDiagnostics)
        guard let site else { return (nil, diagnostics, nil) }
        let (theme, themeDiagnostics) = ThemeLoader(root: options.root, config: site.config).load()
        diagnostics.append(contentsOf: themeDiagnostics)
        guard let theme else { return (nil, diagnostics, site) }
        let output = WebsiteRenderer.render(site: site, theme: theme, parts: options.parts, sink: sink)
        diagnostics.append(contentsOf: output.diagnostics)
        return (diagnostics.hasErrors ? nil : output, diagnostics, site)
    }

    /// Validates everything and writes nothing.
    public func check() -> Report {
        let (_, diagnostics, site) = renderKeepingSite(sink: DiscardingSink())
        var report = Report(diagnostics: diagnostics)
        report.translations = site.map(TranslationReport.init)
        return report
    }

    /// Builds the site into the output folder, or leaves it untouched if anything is wrong.
    public func build() -> Report {
        let writer = StagedWriter(output: options.output, protected: [
            options.root, options.root.appendingPathComponent("content"), options.root.appendingPathComponent("themes"),
        ])
        var diagnostics = Diagnostics()
        if let refusal = writer.refusal() {
            diagnostics.error(nil, refusal)
            return Report(diagnostics: diagnostics)
        }
        // Pages are written into the staging folder as they are rendered; it is only swapped in
        // when the whole build succeeded.
        let staging: StagingFolder
        do {
            staging = try writer.stage()
        } catch {
            diagnostics.error(nil, "could not write \(options.output.path): \(error.localizedDescription)")
            return Report(diagnostics: diagnostics)
        }
        let (output, renderDiagnostics) = render(sink: staging)
        diagnostics.append(contentsOf: renderDiagnostics)
        guard let output else {
            staging.discard()
            return Report(diagnostics: diagnostics)
        }
        let mediaRoot = options.root.appendingPathComponent("content/media")
        let media = output.media.sorted().map { (path: "media/\($0)", source: mediaRoot.appendingPathComponent($0)) }
        var report = Report(diagnostics: diagnostics)
        do {
            try writer.write(output.files, media: media, into: staging)
            report.wrote = true
        } catch {
            report.diagnostics.error(nil, "could not write \(options.output.path): \(error.localizedDescription)")
            return report
        }
        let paths = output.paths
        report.fileCount = paths.count + media.count + 1
        report.writtenPaths = (paths + media.map(\.path)).sorted()
        for path in paths where path.hasSuffix(".html") {
            let language = path.split(separator: "/").count > 1 ? String(path.split(separator: "/")[0]) : ""
            if !language.isEmpty { report.pageCount[language, default: 0] += 1 }
        }
        return report
    }
}
