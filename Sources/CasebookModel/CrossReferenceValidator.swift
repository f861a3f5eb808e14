/// Checks what one document says about another: a case's evaluation and image, an
/// evaluation's cases and municipality, page ids.
struct CrossReferenceValidator {
    var config: Config
    var mediaFiles: Set<String>
    /// Ids of documents that exist but failed to load: their own error is reported already.
    var unreadable: [DocumentKind: Set<String>] = [:]
    var diagnostics = Diagnostics()

    mutating func validate(cases: [Case], evaluations: [Evaluation], pages: [Page]) {
        let caseIDs = Set(cases.map(\.id))
        let evaluationIDs = Set(evaluations.map(\.id))
        for item in cases { validate(item, evaluationIDs: evaluationIDs) }
        var byMunicipality: [String: Evaluation] = [:]
        for evaluation in evaluations {
            for id in evaluation.cases where !caseIDs.contains(id) && unreadable[.cases]?.contains(id) != true {
                diagnostics.error(evaluation.fieldLocations["cases"],
                                  "unknown case '\(id)'\(Suggestion.didYouMean(id, in: caseIDs))")
            }
            if let first = byMunicipality[evaluation.municipality] {
                diagnostics.error(evaluation.fieldLocations["municipality"],
                                  "municipality '\(evaluation.municipality)' already has an evaluation in \(first.primaryFile); at most one evaluation each")
            } else {
                byMunicipality[evaluation.municipality] = evaluation
            }
        }
        for page in pages where SiteLoader.reservedPageIDs.contains(page.id) {
            diagnostics.error(SourceLocation(file: page.primaryFile),
                              "page id '\(page.id)' is taken by a section of the website; rename the file")
        }
    }

    /// What one case says about others: its evaluation exists, its image too.
    mutating func validate(_ item: Case, evaluationIDs: Set<String>) {
        if let evaluation = item.evaluation, !evaluationIDs.contains(evaluation), unreadable[.evaluations]?.contains(evaluation) != true {
            diagnostics.error(item.fieldLocations["evaluation"],
                              "unknown evaluation '\(evaluation)'\(Suggestion.didYouMean(evaluation, in: evaluationIDs))",
                              note: "an evaluation's id is its file name in content/evaluations/ without language and extension")
        }
        if let image = item.image {
            checkMedia(image, at: item.fieldLocations["image"])
        }
    }

    /// A media path must stay inside content/media/ and name an existing file.
    mutating func checkMedia(_ path: String, at location: SourceLocation?) {
        switch MediaPath.resolve(path) {
        case .failure(let problem):
            diagnostics.error(location, problem.message)
        case .success(let relative):
            if !mediaFiles.contains(relative) {
                diagnostics.error(location, "image 'media/\(relative)' not found in content/media/\(Suggestion.didYouMean(relative, in: mediaFiles))")
            }
        }
    }
}

/// Media paths as written in front matter: `photo.jpg` or `media/photo.jpg`, under content/media/.
public enum MediaPath {
    /// The path relative to content/media/, or why it is not allowed.
    public static func resolve(_ path: String) -> Result<String, Problem> {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                guard !parts.isEmpty else { return .failure(Problem("media path '\(path)' leaves content/; media files live under content/media/")) }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        if path.hasPrefix("/") { return .failure(Problem("media path '\(path)' is absolute; write it relative to content/media/")) }
        if parts.first == "media" { parts.removeFirst() }
        guard !parts.isEmpty else { return .failure(Problem("media path '\(path)' names no file")) }
        return .success(parts.joined(separator: "/"))
    }
}
