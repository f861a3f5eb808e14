import Foundation
import CasebookBuild
import CasebookModel
import CasebookRender

/// Builds the preview: everything at first, and after each change either the pages of the
/// edited cases alone or, when the change reaches further, everything again.
///
/// An edit reaches only the case's own pages when the files changed are cases the last good
/// build has and only their bodies changed (`Case.differsOnlyOnItsOwnPages`): the common case
/// of writing. Then the case is read again and its pages are rendered and served; its search
/// entries and the printable book follow once the edits pause. Anything else (front matter, a
/// new or removed file, casebook.yml, a theme, media, an evaluation, an error) rebuilds all.
actor PreviewBuilder {
    let options: BuildPipeline.Options
    /// The language of what it logs.
    let language: MessageLanguage
    let log: @Sendable (String) -> Void

    /// The last good build: what an incremental update starts from.
    private struct State {
        var site: Site
        var website: IncrementalWebsite
        /// Of the whole site: loading, theme and rendering.
        var diagnostics: Diagnostics
    }
    private var state: State?
    /// Whether any build has succeeded since the server started: until then there is no
    /// earlier site to fall back on.
    private var hasBuilt = false
    /// Languages whose search index and printable book are behind the pages: made once the
    /// edits pause, so that typing and saving does not wait for what holds every case.
    private var staleSearch: [String] = []
    /// The photos' copies of the last good build, which the pages point at.
    private var images: PreviewImages?

    /// Whether `finishPending` has work to do.
    var hasPendingWork: Bool { !staleSearch.isEmpty }

    init(options: BuildPipeline.Options, language: MessageLanguage = .english, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.language = language
        self.log = log
    }

    private func text(_ message: Message) -> String { message.rendered(in: language) }

    private var mediaRoot: URL { options.root.appendingPathComponent("content/media") }

    /// Builds everything into `preview` and reports like `casebook build` does.
    func rebuildAll(into preview: PreviewSite) async {
        let started = Date()
        var (loaded, theme, diagnostics) = BuildPipeline(options: options).load()
        var output: WebsiteOutput?
        var next: State?
        if let site = loaded, let theme {
            let website = IncrementalWebsite(site: site, theme: theme, selection: options.selection)
            diagnostics.append(contentsOf: website.output.diagnostics)
            if !diagnostics.hasErrors {
                images = PreviewImages(root: options.root, mediaFiles: site.mediaFiles)
                output = website.output
                next = State(site: site, website: website, diagnostics: diagnostics)
            }
        }
        state = next
        if next != nil { hasBuilt = true }
        staleSearch = []
        await preview.update(output: output, diagnostics: diagnostics, mediaRoot: mediaRoot, images: images)
        for diagnostic in diagnostics.sorted { log(diagnostic.rendered(in: language)) }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        if output != nil {
            log(text("rebuilt in \(seconds) s"))
        } else {
            let count = diagnostics.errorCount
            log(hasBuilt ? text("build failed (\(count) \(plural: count, "error", "errors")); still serving the last good build")
                         : text("build failed (\(count) \(plural: count, "error", "errors")); nothing has been built yet, so there is nothing to serve until they are fixed"))
        }
    }

    /// Takes the files that changed (absolute paths; none: unknown, so everything).
    func update(_ changed: Set<String>, into preview: PreviewSite) async {
        let started = Date()
        guard let ids = editedCases(changed), var current = state,
              let (site, loadDiagnostics) = reload(ids, in: current.site) else {
            await rebuildAll(into: preview)
            return
        }
        let refresh = current.website.refresh(cases: ids, in: site)
        if refresh.diagnostics.hasErrors {
            await rebuildAll(into: preview)
            return
        }
        let files = Set(ids.flatMap { id in site.case(id)?.translations.values.map(\.info.file) ?? [] })
        var diagnostics = Diagnostics()
        diagnostics.append(contentsOf: current.diagnostics.all.filter { !files.contains($0.location?.file ?? "") })
        diagnostics.append(contentsOf: loadDiagnostics)
        diagnostics.append(contentsOf: refresh.diagnostics)
        await preview.patch(files: refresh.files, media: refresh.media, mediaRoot: mediaRoot, diagnostics: diagnostics, reload: true,
                            images: images)
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        for language in refresh.languages where !staleSearch.contains(language) { staleSearch.append(language) }
        current.site = site
        current.diagnostics = diagnostics
        state = current
        for diagnostic in diagnostics.sorted where files.contains(diagnostic.location?.file ?? "") { log(diagnostic.rendered(in: language)) }
        log(text("updated \(refresh.files.map(\.path).sorted().joined(separator: ", ")) in \(milliseconds) ms"))
    }

    /// Brings the search index and the printable book up to date with the pages (after
    /// `update`, once edits pause).
    func finishPending(into preview: PreviewSite) async {
        guard var current = state, !staleSearch.isEmpty else { return }
        let search = current.website.pendingFiles(staleSearch)
        staleSearch = []
        state = current
        await preview.patch(files: search, media: [], mediaRoot: mediaRoot, diagnostics: current.diagnostics, reload: false,
                            images: images)
    }

    /// The ids of the cases whose files (and only those) changed, if the last good build has
    /// every one of them and they all still exist.
    private func editedCases(_ changed: Set<String>) -> [String]? {
        guard let site = state?.site, !changed.isEmpty else { return nil }
        let cases = options.root.appendingPathComponent("content/cases").path + "/"
        var ids = Set<String>()
        for path in changed {
            guard path.hasPrefix(cases), FileManager.default.fileExists(atPath: path) else { return nil }
            let name = String(path.dropFirst(cases.count))
            guard case .success(let parsed) = ContentPath.parse(fileName: name, kind: .cases),
                  let item = site.case(parsed.id),
                  item.translations.values.contains(where: { $0.info.file == "content/cases/\(name)" })
            else { return nil }
            ids.insert(parsed.id)
        }
        return ids.sorted()
    }

    private func reload(_ ids: [String], in site: Site) -> (Site, Diagnostics)? {
        let loader = SiteLoader(root: options.root, includeDrafts: options.includeDrafts, environment: options.environment)
        var site = site
        var diagnostics = Diagnostics()
        for id in ids {
            guard let (updated, found) = loader.reloading(case: id, in: site) else { return nil }
            site = updated
            diagnostics.append(contentsOf: found)
        }
        return (site, diagnostics)
    }
}
