import CasebookModel
import Foundation

/// `casebook import evaluations`: turns a filled-in evaluation sheet into changes of the
/// evaluation files. Existing files get only the changed front-matter values replaced in
/// place (`FrontMatterEditor`); missing evaluations are made from the `new evaluation`
/// scaffold, without `draft: true` since their scores are final. Nothing is changed when
/// any cell or file has an error.
public struct EvaluationImporter {
    /// Loaded with drafts, so that draft evaluations are updated rather than made again.
    public var site: Site
    public var root: URL

    public init(site: Site, root: URL) {
        self.site = site
        self.root = root
    }

    /// The changes the sheet asks for, in file order; none when there is an error.
    public func plan(sheet data: Data, file: String) -> (changes: [EvaluationFileChange], diagnostics: Diagnostics) {
        var (entries, diagnostics) = EvaluationSheetReader(site: site, file: file).read(data)
        var changes: [EvaluationFileChange] = []
        for entry in entries where !entry.isBlank {
            if let evaluation = site.evaluation(forMunicipality: entry.municipality) {
                changes += update(evaluation, from: entry, diagnostics: &diagnostics)
                if evaluation.draft {
                    diagnostics.warning(evaluation.fieldLocations["draft"] ?? SourceLocation(file: evaluation.primaryFile),
                                        "evaluation '\(evaluation.id)' is a draft: its scores are left out of the ranking until 'draft: true' is removed")
                }
            } else {
                changes += create(from: entry, diagnostics: &diagnostics)
            }
        }
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        return (changes.sorted { $0.path < $1.path }, diagnostics)
    }

    /// Writes the changed and the new files.
    public func apply(_ changes: [EvaluationFileChange]) throws {
        for change in changes {
            let url = root.appendingPathComponent(change.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(change.text.utf8).write(to: url, options: change.isNew ? .withoutOverwriting : .atomic)
        }
    }

    // MARK: - Existing evaluations

    private func update(_ evaluation: Evaluation, from entry: SheetEntry, diagnostics: inout Diagnostics) -> [EvaluationFileChange] {
        var changes: [EvaluationFileChange] = []
        let original = evaluation.translations.values.first { $0.info.file == evaluation.primaryFile }?.info
        // The original first: a translation may take the fingerprint of its new text.
        let languages = site.config.languages.sorted { ($0 == original?.language ? 0 : 1) < ($1 == original?.language ? 0 : 1) }
        var newStamp: String?
        for language in languages {
            let info = evaluation.translations[language]?.info
            var edits = FieldEdits()
            if info?.file == evaluation.primaryFile { edits.shared(old: evaluation, new: entry, rubric: site.config.rubric) }
            let oldSummary = evaluation.translations[language]?.summary
            if let summary = entry.summaries[language], summary != oldSummary ?? "" {
                edits.add("summary", old: oldSummary.map(FrontMatterEditor.quoted), new: summary.isEmpty ? nil : FrontMatterEditor.quoted(summary))
                // Both summaries from one row: a translation current before stays current.
                if let newStamp, let info, info.file != evaluation.primaryFile, let stamp = info.translationOf,
                   let original, TranslationFingerprint.matches(stamp, original) {
                    edits.add("translation_of", old: FrontMatterEditor.quoted(stamp), new: FrontMatterEditor.quoted(newStamp))
                }
            }
            guard !edits.fields.isEmpty else { continue }
            guard let file = info?.file else {
                diagnostics.append(entry.cells[.summary(language: language)]!.error(
                    "evaluation '\(evaluation.id)' has no '\(language)' file to hold this summary; write its translation first or leave the cell empty"))
                continue
            }
            do {
                let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                var editor = try FrontMatterEditor(text: text)
                try edits.apply(to: &editor, creating: false)
                changes.append(EvaluationFileChange(path: file, isNew: false, fields: edits.fields, text: editor.text))
                if file == evaluation.primaryFile, edits.fields.contains(where: { $0.name == "summary" }) {
                    newStamp = fingerprint(ofOriginal: editor.text, file: file)
                }
            } catch let problem as Problem {
                let field = edits.fields.first.map { String($0.name.prefix { $0 != "." }) } ?? ""
                diagnostics.error(evaluation.fieldLocations[field] ?? SourceLocation(file: file), problem.message)
            } catch {
                diagnostics.error(SourceLocation(file: file), "cannot read the file: \(error.localizedDescription)")
            }
        }
        return changes
    }

    /// The fingerprint a translation of this original text keeps, read as the loader reads it.
    private func fingerprint(ofOriginal text: String, file: String) -> String? {
        let name = (file as NSString).lastPathComponent
        guard case .success(let path) = ContentPath.parse(fileName: name, kind: .evaluations),
              case .success(let stamp) = TranslationFingerprint.ofOriginal(data: Data(text.utf8), file: file, path: path, config: site.config)
        else { return nil }
        return stamp
    }

    // MARK: - New evaluations

    private func create(from entry: SheetEntry, diagnostics: inout Diagnostics) -> [EvaluationFileChange] {
        let config = site.config
        let id = entry.municipality
        let templates = ScaffoldTemplates(config: config, id: id)
        var stampOfOriginal = BodyFingerprint.of(templates.body(.evaluations, language: config.defaultLanguage))
        var changes: [EvaluationFileChange] = []
        // The default language first: the translations keep the fingerprint of its final text.
        for language in config.languages {
            let path = "content/\(DocumentKind.evaluations.rawValue)/\(id).\(language).md"
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
                diagnostics.append(entry.cells[.id]!.error("cannot make an evaluation of '\(id)': \(path) exists but is not one; fix or move it"))
                return []
            }
            var edits = FieldEdits()
            let isPrimary = language == config.defaultLanguage
            if isPrimary { edits.shared(old: nil, new: entry, rubric: config.rubric) }
            if let summary = entry.summaries[language], !summary.isEmpty {
                edits.add("summary", old: nil, new: FrontMatterEditor.quoted(summary))
            }
            let text = isPrimary ? templates.original(.evaluations, language: language)
                : templates.translation(.evaluations, language: language, translationOf: stampOfOriginal)
            do {
                var editor = try FrontMatterEditor(text: text)
                try edits.apply(to: &editor, creating: true)
                changes.append(EvaluationFileChange(path: path, isNew: true, fields: edits.fields, text: editor.text))
                if isPrimary, let stamp = fingerprint(ofOriginal: editor.text, file: path) { stampOfOriginal = stamp }
            } catch {
                // The scaffold is ours: a failure to edit it is a defect, reported rather than hidden.
                diagnostics.error(SourceLocation(file: path), "cannot fill in the scaffold: \(error)")
            }
        }
        return changes
    }
}
