import Foundation

extension SiteLoader {
    /// Case `id` read again from its files, for the preview after they were edited: the site
    /// with the new case and the diagnostics of its files, when only what shows on the case's
    /// own pages changed (see `Case.differsOnlyOnItsOwnPages`) and there is no error. Nil when
    /// the whole casebook must be loaded again: a title or a sector changed, the case became a
    /// draft, a file is unreadable or wrong. `site` must have been loaded from the same
    /// casebook.yml and media, and the case's files must be the same files as before.
    public func reloading(case id: String, in site: Site) -> (site: Site, diagnostics: Diagnostics)? {
        guard let old = site.case(id) else { return nil }
        var diagnostics = Diagnostics()
        let config = site.config
        let reader = DocumentReader(config: config)
        var files: [RawTranslation] = []
        for file in old.translations.values.map(\.info.file).sorted() {
            let name = String(file.split(separator: "/").last ?? "")
            guard case .success(let path) = ContentPath.parse(fileName: name, kind: .cases),
                  let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path),
                  let translation = reader.read(data: data, file: file, path: path, into: &diagnostics)
            else { return nil }
            files.append(translation)
        }
        let documents = DocumentMerger(config: config).merge(files, kind: .cases, into: &diagnostics)
        guard documents.count == 1 else { return nil }
        var decoder = CaseDecoder(fields: FieldDecoder(config: config))
        let decoded = decoder.decode(documents[0])
        diagnostics.append(contentsOf: decoder.fields.diagnostics)
        guard let item = decoded, includeDrafts || !item.draft else { return nil }
        var validator = CrossReferenceValidator(config: config, mediaFiles: site.mediaFiles, unreadable: site.unreadable)
        validator.validate(item, evaluationIDs: Set(site.evaluations.map(\.id)))
        diagnostics.append(contentsOf: validator.diagnostics)
        guard !diagnostics.hasErrors, let updated = site.replacing(item) else { return nil }
        return (updated, diagnostics)
    }
}
