import Foundation
import CasebookSupport

/// Loads a casebook folder into a `Site`: configuration, every content file, cross-references.
/// Reports every problem it finds. Unless casebook.yml itself is broken, the site holds every
/// document that could be read even when there are errors, so that later stages can report
/// their problems in the same run; a site with errors must never be written.
public struct SiteLoader {
    /// Page ids that would collide with the website's own sections.
    public static let reservedPageIDs: Set<String> = [
        "cases", "municipalities", "results", "sectors", "target-groups", "regions", "search", "print",
        "slides", "assets", "media", "index", "404", "sitemap",
    ]

    public var root: URL
    public var includeDrafts: Bool
    public var environment: [String: String]

    public init(root: URL, includeDrafts: Bool = false, environment: [String: String] = [:]) {
        self.root = root
        self.includeDrafts = includeDrafts
        self.environment = environment
    }

    public func load() -> (Site?, Diagnostics) {
        var diagnostics = Diagnostics()
        let configURL = root.appendingPathComponent(ConfigLoader.path)
        guard let data = FileManager.default.contents(atPath: configURL.path) else {
            diagnostics.error(SourceLocation(file: ConfigLoader.path),
                              "no casebook here: \(ConfigLoader.path) is missing",
                              note: "run casebook in a casebook folder, or pass --root DIR")
            return (nil, diagnostics)
        }
        let text: String
        switch SourceText.decode(data, file: ConfigLoader.path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): diagnostics.append(diagnostic); return (nil, diagnostics)
        }
        let (loadedConfig, configDiagnostics) = ConfigLoader.load(text: text, environment: environment)
        diagnostics.append(contentsOf: configDiagnostics)
        guard let config = loadedConfig else { return (nil, diagnostics) }

        var raw: [DocumentKind: [RawDocument]] = [:]
        var unreadableIDs: [DocumentKind: Set<String>] = [:]
        let reader = DocumentReader(config: config)
        let merger = DocumentMerger(config: config)
        let listings = DocumentKind.allCases.map { listFiles(kind: $0, into: &diagnostics) }
        FilePrefetch.start(listings.flatMap { $0.map(\.1) })
        for (kind, listed) in zip(DocumentKind.allCases, listings) {
            var files: [RawTranslation] = []
            // Files are read and their front matter parsed on every core; results keep file order.
            let read = Concurrently.map(listed.count) { index -> (RawTranslation?, Diagnostics) in
                let (name, location) = listed[index]
                let file = "content/\(kind.rawValue)/\(name)"
                var found = Diagnostics()
                switch ContentPath.parse(fileName: name, kind: kind) {
                case .failure(let problem):
                    found.error(SourceLocation(file: file), problem.message)
                    return (nil, found)
                case .success(let path):
                    guard let data = FileManager.default.contents(atPath: location) else {
                        found.error(SourceLocation(file: file), "cannot read the file")
                        return (nil, found)
                    }
                    return (reader.read(data: data, file: file, path: path, into: &found), found)
                }
            }
            // A document with a file that could not be read is left out whole: its other files
            // would only repeat the cause as missing fields, before it (issue 17).
            var unreadable: Set<String> = []
            for (index, (translation, found)) in read.enumerated() {
                diagnostics.append(contentsOf: found)
                if let translation { files.append(translation) }
                else if case .success(let path) = ContentPath.parse(fileName: listed[index].0, kind: kind) { unreadable.insert(path.id) }
            }
            raw[kind] = merger.merge(files.filter { !unreadable.contains($0.path.id) }, kind: kind, into: &diagnostics)
            unreadableIDs[kind] = unreadable.union(files.map(\.path.id)).subtracting(raw[kind, default: []].map(\.id))
        }

        var fields = FieldDecoder(config: config)
        // Cases and evaluations are most of a casebook: decoded on every core (see `decodeAll`).
        let rawCases = raw.removeValue(forKey: .cases) ?? []
        let rawCaseIDs = rawCases.map(\.id)
        let caseFields = fields
        let allCases = Self.decodeAll(consume rawCases, into: &diagnostics) { document in
            var decoder = CaseDecoder(fields: caseFields)
            return (decoder.decode(document), decoder.fields.diagnostics)
        }
        let rawEvaluations = raw.removeValue(forKey: .evaluations) ?? []
        let rawEvaluationIDs = rawEvaluations.map(\.id)
        let evaluationFields = FieldDecoder(config: config)
        let allEvaluations = Self.decodeAll(consume rawEvaluations, into: &diagnostics) { document in
            var decoder = EvaluationDecoder(fields: evaluationFields)
            return (decoder.decode(document), decoder.fields.diagnostics)
        }
        var pageDecoder = PageDecoder(fields: FieldDecoder(config: config))
        let allPages = raw[.pages, default: []].compactMap { pageDecoder.decodePage($0) }
        let allDecks = raw[.slides, default: []].compactMap { pageDecoder.decodeDeck($0) }
        diagnostics.append(contentsOf: pageDecoder.fields.diagnostics)
        fields.diagnostics = Diagnostics()

        let media = mediaFiles(into: &diagnostics)
        // Documents that exist but failed to load: their own errors are reported, and what
        // refers to them is not reported again (issue 17).
        var unreadable = unreadableIDs
        unreadable[.cases, default: []].formUnion(Set(rawCaseIDs).subtracting(allCases.map(\.id)))
        unreadable[.evaluations, default: []].formUnion(Set(rawEvaluationIDs).subtracting(allEvaluations.map(\.id)))
        unreadable[.pages, default: []].formUnion(Set(raw[.pages, default: []].map(\.id)).subtracting(allPages.map(\.id)))
        unreadable[.slides, default: []].formUnion(Set(raw[.slides, default: []].map(\.id)).subtracting(allDecks.map(\.id)))
        var validator = CrossReferenceValidator(config: config, mediaFiles: media, unreadable: unreadable)
        validator.validate(cases: allCases, evaluations: allEvaluations, pages: allPages)
        diagnostics.append(contentsOf: validator.diagnostics)

        let keep: (Bool) -> Bool = { draft in includeDrafts || !draft }
        var omitted: [DocumentKind: Set<String>] = [:]
        omitted[.cases] = Set(allCases.filter { !keep($0.draft) }.map(\.id))
        omitted[.evaluations] = Set(allEvaluations.filter { !keep($0.draft) }.map(\.id))
        omitted[.pages] = Set(allPages.filter { !keep($0.draft) }.map(\.id))
        omitted[.slides] = Set(allDecks.filter { !keep($0.draft) }.map(\.id))
        let site = Site(config: config,
                        // Without drafts left out, the arrays as they are (a filter copies every case).
                        cases: omitted[.cases]!.isEmpty ? allCases : allCases.filter { keep($0.draft) },
                        evaluations: omitted[.evaluations]!.isEmpty ? allEvaluations : allEvaluations.filter { keep($0.draft) },
                        pages: allPages.filter { keep($0.draft) },
                        decks: allDecks.filter { keep($0.draft) },
                        mediaFiles: media, omittedDrafts: omitted,
                        unreadable: unreadable)
        return (site, diagnostics)
    }

    /// `documents` decoded on every core, each raw document freed by the thread that decoded
    /// it; what decoding reported goes to `diagnostics` in file order.
    private static func decodeAll<Item>(_ documents: consuming [RawDocument], into diagnostics: inout Diagnostics,
                                        _ decode: (RawDocument) -> (Item?, Diagnostics)) -> [Item] {
        let decoded = Concurrently.map(consuming: consume documents, decode)
        var items: [Item] = []
        items.reserveCapacity(decoded.count)
        for (item, found) in decoded {
            diagnostics.append(contentsOf: found)
            if let item { items.append(item) }
        }
        return items
    }

    /// The files of one content folder, sorted; names starting with `.` or `_` are skipped.
    /// The folder is read with readdir, whose entries say which are folders: a stat per file
    /// was a serial tenth of a second at 20,000 files.
    private func listFiles(kind: DocumentKind, into diagnostics: inout Diagnostics) -> [(String, String)] {
        let folder = root.appendingPathComponent("content/\(kind.rawValue)").path
        if let target = containment.outside(folder) {
            diagnostics.error(SourceLocation(file: "content/\(kind.rawValue)"), FolderContainment.message(target))
            return []
        }
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_LNK) || Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN),
               let target = containment.outside(folder + "/" + name) {
                diagnostics.error(SourceLocation(file: "content/\(kind.rawValue)/\(name)"), FolderContainment.message(target))
                continue
            }
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) || Int32(entry.pointee.d_type) == Int32(DT_LNK) {
                // The file system does not say, or a link: ask about what it points to.
                var flag: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &flag)
                isDirectory = flag.boolValue
            }
            entries.append((name, isDirectory))
        }
        return entries.sorted { $0.name < $1.name }.compactMap { name, isDirectory in
            guard !name.hasPrefix("."), !name.hasPrefix("_") else { return nil }
            if isDirectory || !name.hasSuffix(".md") {
                diagnostics.warning(SourceLocation(file: "content/\(kind.rawValue)/\(name)"),
                                    "ignored: only <id>.<lang>.md files belong in content/\(kind.rawValue)/")
                return nil
            }
            return (name, folder + "/" + name)
        }
    }

    /// Every file under `content/media/`, relative to it.
    /// A file that is a link leading outside the casebook folder is an error and left out.
    private func mediaFiles(into diagnostics: inout Diagnostics) -> Set<String> {
        let folder = root.appendingPathComponent("content/media")
        let containment = self.containment
        if let target = containment.outside(folder.path) {
            diagnostics.error(SourceLocation(file: "content/media"), FolderContainment.message(target))
            return []
        }
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files = Set<String>()
        while let path = enumerator.nextObject() as? String {
            let parts = path.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix(".") || $0.hasPrefix("_") }) { continue }
            let full = folder.appendingPathComponent(path).path
            if let target = containment.outside(full) {
                diagnostics.error(SourceLocation(file: "content/media/\(path)"), FolderContainment.message(target))
                continue
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.insert(path) }
        }
        return files
    }

    private var containment: FolderContainment { FolderContainment(root: root) }
}
