import Foundation
import CasebookModel
import CasebookRender
import CasebookSupport

/// Load → render → write. `check` runs the same stages but writes nothing.
public struct BuildPipeline {
    public struct Options: Sendable {
        public var root: URL
        public var output: URL
        public var includeDrafts: Bool
        public var environment: [String: String]
        /// Which registered outputs to make (`--only web` leaves out print, slides and PDFs).
        public var selection: OutputSelection
        /// Make the PDFs with WeasyPrint (found on the PATH of `environment`). Off unless asked
        /// for, as a PDF takes seconds: `casebook build` asks for it unless given --no-pdf.
        public var makePDFs: Bool
        /// Where the build tells what it is doing (for a progress line).
        public var progress: BuildProgress?

        public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, environment: [String: String] = [:],
                    selection: OutputSelection = .all, makePDFs: Bool = false, progress: BuildProgress? = nil) {
            self.root = root.standardizedFileURL
            self.output = (output ?? root.appendingPathComponent("site")).standardizedFileURL
            self.includeDrafts = includeDrafts
            self.environment = environment
            self.selection = selection
            self.makePDFs = makePDFs
            self.progress = progress
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
        /// The PDFs made (paths in the output).
        public var pdfs: [String] = []
        /// Those of them copied from the previous build because nothing they are made from changed.
        public var reusedPDFs: [String] = []
        /// PDFs were asked for and at least one was not made (the website was written all the same).
        public var pdfFailed = false
    }

    public var options: Options

    public init(options: Options) { self.options = options }

    /// Loads and renders; nil output when there is any error. Rendering runs even after
    /// content errors, so one run reports the problems of every stage. With a `sink`, files go
    /// there as they are rendered instead of into the output.
    /// `linksPDFs`: the pages link to the PDFs, which the build will make.
    public func render(linksPDFs: Bool = false, sink: (any OutputSink)? = nil) -> (WebsiteOutput?, Diagnostics) {
        let (output, diagnostics, site, _) = renderKeepingSite(linksPDFs: linksPDFs, sink: sink)
        BackgroundRelease.release(consume site)
        return (output, diagnostics)
    }

    /// The first stages, shared by every command and the preview: the content loaded into a
    /// site and the theme loaded for it, each nil when it could not be.
    public func load() -> (site: Site?, theme: Theme?, diagnostics: Diagnostics) {
        let (site, theme, diagnostics, _) = loadWithImages()
        return (site, theme, diagnostics)
    }

    /// `load()` and the image stage, which has read the headers of the casebook's images.
    private func loadWithImages() -> (site: Site?, theme: Theme?, diagnostics: Diagnostics, images: ImageStage?) {
        var diagnostics = Diagnostics()
        let (loaded, loadDiagnostics) = SiteLoader(root: options.root, includeDrafts: options.includeDrafts,
                                                   environment: options.environment).load()
        diagnostics.append(contentsOf: loadDiagnostics)
        guard var site = loaded else { return (nil, nil, diagnostics, nil) }
        let images = ImageStage(root: options.root, mediaFiles: site.mediaFiles)
        site.mediaProblems = images.problems
        diagnostics.append(contentsOf: images.diagnose(site))
        let (theme, themeDiagnostics) = ThemeLoader(root: options.root, config: site.config).load()
        diagnostics.append(contentsOf: themeDiagnostics)
        return (site, theme, diagnostics, images)
    }

    private func renderKeepingSite(linksPDFs: Bool = false, sink: (any OutputSink)? = nil, makingImages: Bool = false,
                                   searchCache: SearchTermCache? = nil) -> (WebsiteOutput?, Diagnostics, Site?, ImageStage?) {
        var (site, theme, diagnostics, images) = loadWithImages()
        guard let site, let theme, var images else { return (nil, diagnostics, site, images) }
        if makingImages, !diagnostics.hasErrors { images.make() }
        // Pages that are only checked need no rewriting.
        let markup = images.markup
        let wrapped = sink.map { $0 is DiscardingSink ? $0 : ImageMarkupSink(inner: $0, markup: markup) }
        var output = WebsiteRenderer.render(site: site, theme: theme, selection: options.selection, linksPDFs: linksPDFs,
                                            sink: wrapped, searchCache: searchCache)
        output.files = output.files.map(markup.file)
        diagnostics.append(contentsOf: output.diagnostics)
        return (diagnostics.hasErrors ? nil : output, diagnostics, site, images)
    }

    /// Validates everything and writes nothing.
    public func check() -> Report {
        let (_, diagnostics, site, _) = renderKeepingSite(sink: DiscardingSink(),
                                                          searchCache: SearchTermCacheFile.load(root: options.root))
        var report = Report(diagnostics: diagnostics)
        report.translations = site.map(TranslationReport.init)
        return report
    }

    /// Builds the site into the output folder, or leaves it untouched if anything is wrong.
    public func build() -> Report {
        var writer = StagedWriter(output: options.output, protected: [
            options.root, options.root.appendingPathComponent("content"), options.root.appendingPathComponent("themes"),
        ])
        writer.linkedSources = ImageStage.cacheFolder(root: options.root)
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
            diagnostics.error(nil, "could not write \(options.output.path): \(FileFailure.reason(of: error))")
            return Report(diagnostics: diagnostics)
        }
        // Without WeasyPrint the website is still built, and its pages do not link to PDFs.
        let pdfMaker = options.makePDFs ? PDFMaker(environment: options.environment) : nil
        let searchCache = SearchTermCacheFile.load(root: options.root)
        let (rendered, renderDiagnostics, site, images) = renderKeepingSite(linksPDFs: pdfMaker != nil, sink: staging,
                                                                            makingImages: true, searchCache: searchCache)
        BackgroundRelease.release(consume site)
        diagnostics.append(contentsOf: renderDiagnostics)
        guard let output = rendered, let images else {
            staging.discard()
            return Report(diagnostics: diagnostics)
        }
        let (media, imageDiagnostics) = images.files(for: output.media)
        diagnostics.append(contentsOf: imageDiagnostics)
        if imageDiagnostics.hasErrors {
            staging.discard()
            return Report(diagnostics: diagnostics)
        }
        var report = Report(diagnostics: diagnostics)
        if options.makePDFs, pdfMaker == nil, !output.pdfJobs.isEmpty {
            report.diagnostics.error(nil, PDFMaker.missingMessage(for: output.pdfJobs))
            report.pdfFailed = true
        }
        var pdfs = PDFMaker.Outcome()
        do {
            try writer.write(output.files, media: media, into: staging) { staging in
                if let pdfMaker {
                    pdfs = pdfMaker.make(output.pdfJobs, in: staging, date: output.date, previous: options.output,
                                         progress: options.progress)
                }
            }
            report.wrote = true
            if let searchCache { SearchTermCacheFile.save(searchCache, root: options.root) }
            report.pdfs = pdfs.made
            report.reusedPDFs = pdfs.reused
            report.diagnostics.append(contentsOf: pdfs.diagnostics)
            if pdfMaker != nil, pdfs.made.count < output.pdfJobs.count { report.pdfFailed = true }
        } catch {
            report.diagnostics.error(nil, "could not write \(options.output.path): \(FileFailure.reason(of: error))")
            return report
        }
        if !output.unpublished.isEmpty {
            let forms = UnpublishedWriter(root: options.root, site: options.output)
                .write(output.unpublished, pdfMaker: pdfMaker, date: output.date, progress: options.progress)
            report.diagnostics.append(contentsOf: forms.diagnostics)
            report.pdfs += forms.pdfs
            report.reusedPDFs += forms.reused
            if pdfMaker != nil, forms.pdfs.count < output.unpublished.pdfJobs.count { report.pdfFailed = true }
            if !forms.wrote { report.pdfFailed = true }
        }
        let paths = output.paths
        report.fileCount = paths.count + media.count + pdfs.made.count + 1
        report.writtenPaths = (paths + media.map(\.path) + pdfs.made).sorted()
        for path in paths where path.hasSuffix(".html") {
            if let slash = path.firstIndex(of: "/"), slash > path.startIndex {
                report.pageCount[String(path[..<slash]), default: 0] += 1
            }
        }
        return report
    }
}
