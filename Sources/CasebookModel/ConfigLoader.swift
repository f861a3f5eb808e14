import Foundation

/// Reads and validates `content/casebook.yml`.
public struct ConfigLoader {
    public static let path = "content/casebook.yml"
    static let topLevelKeys: Set<String> = [
        "languages", "title", "subtitle", "publisher", "edition", "date", "base_url", "theme",
        "regions", "districts", "municipalities", "cohorts", "sectors", "target_groups", "nominations",
        "rubric", "evaluations", "print", "form",
    ]

    /// `environment` supplies SOURCE_DATE_EPOCH, which overrides `date`.
    public static func load(text: String, environment: [String: String] = [:]) -> (Config?, Diagnostics) {
        var loader = ConfigLoader(reader: NodeReader(YAMLReader(file: path)))
        let config = loader.decode(text, environment: environment)
        return (loader.reader.diagnostics.hasErrors ? nil : config, loader.reader.diagnostics)
    }

    private var reader: NodeReader
    private var languages: [String] = []

    private init(reader: NodeReader) { self.reader = reader }

    private mutating func decode(_ text: String, environment: [String: String]) -> Config? {
        guard let root = reader.yaml.parse(text, into: &reader.diagnostics) else { return nil }
        guard let entries = reader.mapping(root, "casebook.yml") else { return nil }
        var fields: [String: YAMLNode] = [:]
        for entry in entries {
            if Self.topLevelKeys.contains(entry.key) {
                fields[entry.key] = entry.value
            } else {
                reader.diagnostics.error(reader.location(entry.keyNode),
                                         "unknown setting '\(entry.key)'\(Suggestion.didYouMean(entry.key, in: Self.topLevelKeys))")
            }
        }
        languages = decodeLanguages(fields["languages"], root: root)
        guard !languages.isEmpty else { return nil }
        let title = fields["title"].flatMap { reader.labels($0, "title", languages: languages, fallback: true) }
        if fields["title"] == nil { reader.diagnostics.error(reader.location(root), "casebook.yml has no 'title'") }
        let subtitle = fields["subtitle"].flatMap { reader.labels($0, "subtitle", languages: languages, fallback: true) } ?? [:]
        let publisher = fields["publisher"].flatMap { reader.labels($0, "publisher", languages: languages, fallback: true) } ?? [:]
        let edition = fields["edition"].flatMap { reader.string($0, "edition") }
        var date = fields["date"].flatMap { decodeDate($0) }
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            date = ConfigLoader.isoDate(Date(timeIntervalSince1970: epoch))
        }
        var baseURL = fields["base_url"].flatMap { reader.string($0, "base_url") }
        if let url = baseURL, !url.hasSuffix("/") { baseURL = url + "/" }
        if let url = baseURL, let node = fields["base_url"], !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            reader.diagnostics.error(reader.location(node), "base_url must start with https:// or http://")
        }
        let theme = fields["theme"].flatMap { reader.string($0, "theme") } ?? "default"

        let regions = vocabulary(fields["regions"], key: "regions", noun: "region")
        let cohorts = vocabulary(fields["cohorts"], key: "cohorts", noun: "cohort")
        let districts = vocabulary(fields["districts"], key: "districts", noun: "district",
                                   links: ["region": regions], required: ["region"])
        let municipalities = vocabulary(fields["municipalities"], key: "municipalities", noun: "municipality",
                                        links: ["district": districts, "cohort": cohorts], required: ["district"])
        let sectors = vocabulary(fields["sectors"], key: "sectors", noun: "sector")
        let targetGroups = vocabulary(fields["target_groups"], key: "target_groups", noun: "target group")
        let nominations = vocabulary(fields["nominations"], key: "nominations", noun: "nomination")
        for (key, vocabulary) in [("regions", regions), ("municipalities", municipalities)] where vocabulary.entries.isEmpty {
            reader.diagnostics.error(reader.location(fields[key] ?? root), "casebook.yml needs at least one entry in '\(key)'")
        }
        let rubric = fields["rubric"].flatMap { decodeRubric($0) }
        if fields["rubric"] == nil { reader.diagnostics.error(reader.location(root), "casebook.yml has no 'rubric'") }
        let publish = decodePublish(fields["evaluations"])
        let (order, pageSize) = decodePrint(fields["print"])
        let form = FormSettingsDecoder.decode(fields["form"], languages: languages, reader: &reader)
        guard let title, let rubric else { return nil }
        return Config(languages: languages, title: title, subtitle: subtitle, publisher: publisher,
                      edition: edition, date: date, baseURL: baseURL, theme: theme,
                      regions: regions, districts: districts, municipalities: municipalities, cohorts: cohorts,
                      sectors: sectors, targetGroups: targetGroups, nominations: nominations,
                      rubric: rubric, publish: publish, printOrder: order, pageSize: pageSize,
                      fallbackLabels: reader.fallbackLabels, form: form)
    }

    private mutating func decodeLanguages(_ node: YAMLNode?, root: YAMLNode) -> [String] {
        guard let node else {
            reader.diagnostics.error(reader.location(root), "casebook.yml has no 'languages', e.g. languages: [ru, en]")
            return []
        }
        guard let list = reader.strings(node, "languages"), !list.isEmpty else { return [] }
        var seen = Set<String>()
        var result: [String] = []
        for (code, location) in list {
            if code.range(of: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", options: .regularExpression) == nil {
                reader.diagnostics.error(location, "'\(code)' is not a language code like 'ru', 'en' or 'ky'")
            } else if !seen.insert(code).inserted {
                reader.diagnostics.error(location, "language '\(code)' is listed twice")
            } else {
                result.append(code)
            }
        }
        return result
    }

    private mutating func decodeDate(_ node: YAMLNode) -> String? {
        guard let text = reader.string(node, "date") else { return nil }
        guard let problem = CalendarDate.problem(text, key: "date", unwritten: "date must be written YYYY-MM-DD, not '\(text)'") else {
            return text
        }
        reader.diagnostics.error(reader.location(node), problem)
        return nil
    }

    static func isoDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// A vocabulary; `links` names the keys that must point into other vocabularies.
    private mutating func vocabulary(_ node: YAMLNode?, key: String, noun: Message,
                                     links: [String: Vocabulary] = [:], required: Set<String> = []) -> Vocabulary {
        guard let node, let entries = reader.mapping(node, "\(key)") else { return Vocabulary(noun: noun) }
        var result: [VocabularyEntry] = []
        for entry in entries {
            let location = reader.location(entry.keyNode)
            guard ContentPath.isValidID(entry.key) else {
                reader.diagnostics.error(location, "\(noun) id '\(entry.key)' must use lowercase letters a–z, digits and '-'")
                continue
            }
            guard let fields = reader.mapping(entry.value, "\(noun) '\(entry.key)'") else { continue }
            var entryLinks: [String: String] = [:]
            for field in fields where links[field.key] != nil {
                guard let target = reader.string(field.value, field.key), let vocabulary = links[field.key] else { continue }
                if vocabulary.contains(target) {
                    entryLinks[field.key] = target
                } else {
                    reader.diagnostics.error(reader.location(field.value),
                                             "unknown \(vocabulary.noun) '\(target)' for \(noun) '\(entry.key)'\(Suggestion.didYouMean(target, in: vocabulary.ids))")
                }
            }
            for field in required where !fields.contains(where: { $0.key == field }) {
                reader.diagnostics.error(location, "\(noun) '\(entry.key)' has no '\(field)'")
            }
            let labels = reader.labels(entry.value, "\(noun) '\(entry.key)'", languages: languages,
                                       extraKeys: Set(links.keys).union(["description"]), fallback: true) ?? [:]
            result.append(VocabularyEntry(id: entry.key, labels: labels, links: entryLinks, location: location))
        }
        return Vocabulary(noun: noun, entries: result)
    }

    private mutating func decodeRubric(_ node: YAMLNode) -> Rubric? {
        guard let fields = reader.mapping(node, "rubric") else { return nil }
        var criteria: [Rubric.Criterion] = []
        var bands: [Rubric.Band] = []
        for field in fields {
            switch field.key {
            case "criteria": criteria = decodeCriteria(field.value)
            case "bands": bands = decodeBands(field.value)
            default:
                reader.diagnostics.error(reader.location(field.keyNode),
                                         "unknown key '\(field.key)' in rubric\(Suggestion.didYouMean(field.key, in: ["criteria", "bands"]))")
            }
        }
        if criteria.isEmpty { reader.diagnostics.error(reader.location(node), "rubric has no criteria") }
        if bands.isEmpty { reader.diagnostics.error(reader.location(node), "rubric has no bands") }
        return Rubric(criteria: criteria, bands: bands)
    }

    private mutating func decodeCriteria(_ node: YAMLNode) -> [Rubric.Criterion] {
        guard let items = node.items else {
            reader.diagnostics.error(reader.location(node), "rubric.criteria must be a list of criteria")
            return []
        }
        var result: [Rubric.Criterion] = []
        for item in items {
            guard let fields = reader.mapping(item, "a rubric criterion") else { continue }
            let id = fields.first { $0.key == "id" }.flatMap { reader.string($0.value, "id") }
            let maxNode = fields.first { $0.key == "max" }?.value
            let max = maxNode.flatMap { reader.number($0, "max", range: NumberRange.criterionMax) }
            let descriptions = fields.first { $0.key == "description" }
                .flatMap { reader.labels($0.value, "criterion description", languages: languages, fallback: true) } ?? [:]
            let labels = reader.labels(item, "criterion '\(id ?? "?")'", languages: languages,
                                       extraKeys: ["id", "max", "description"], fallback: true)
            guard let id else { reader.diagnostics.error(reader.location(item), "rubric criterion has no 'id'"); continue }
            guard let max, max > 0 else {
                // An out-of-range max is already reported where it is written.
                if max != nil || maxNode == nil {
                    reader.diagnostics.error(reader.location(item), "rubric criterion '\(id)' needs a positive 'max'")
                }
                continue
            }
            if result.contains(where: { $0.id == id }) {
                reader.diagnostics.error(reader.location(item), "rubric criterion '\(id)' is listed twice")
            }
            result.append(Rubric.Criterion(id: id, max: max, labels: labels ?? [:], descriptions: descriptions))
        }
        return result
    }

    private mutating func decodeBands(_ node: YAMLNode) -> [Rubric.Band] {
        guard let items = node.items else {
            reader.diagnostics.error(reader.location(node), "rubric.bands must be a list of bands")
            return []
        }
        var result: [Rubric.Band] = []
        for item in items {
            guard let fields = reader.mapping(item, "a rubric band") else { continue }
            let id = fields.first { $0.key == "id" }.flatMap { reader.string($0.value, "id") }
            let minNode = fields.first { $0.key == "min" }?.value
            let min = minNode.flatMap { reader.number($0, "min", range: NumberRange.bandMin) }
            let labels = reader.labels(item, "band '\(id ?? "?")'", languages: languages, extraKeys: ["id", "min"],
                                       fallback: true)
            guard let id, let min else {
                // A 'min' that is there but wrong is already reported where it is written.
                if id == nil || minNode == nil {
                    reader.diagnostics.error(reader.location(item), "a rubric band needs 'id' and 'min'")
                }
                continue
            }
            if let last = result.last, min <= last.min {
                reader.diagnostics.error(reader.location(item), "band '\(id)' must start above band '\(last.id)' (bands go in ascending order of 'min')")
            }
            result.append(Rubric.Band(id: id, min: min, labels: labels ?? [:]))
        }
        return result
    }

    private mutating func decodePublish(_ node: YAMLNode?) -> EvaluationPublishing {
        guard let node, let fields = reader.mapping(node, "evaluations") else { return .full }
        var publish = EvaluationPublishing.full
        for field in fields {
            guard field.key == "publish" else {
                reader.diagnostics.error(reader.location(field.keyNode),
                                         "unknown key '\(field.key)' in evaluations\(Suggestion.didYouMean(field.key, in: ["publish"]))")
                continue
            }
            guard let text = reader.string(field.value, "publish") else { continue }
            if let value = EvaluationPublishing(rawValue: text) {
                publish = value
            } else {
                reader.diagnostics.error(reader.location(field.value),
                                         "evaluations.publish must be full, summary or none, not '\(text)'")
            }
        }
        return publish
    }

    static let defaultPrintOrder = ["pages/foreword", "cases", "results", "pages/methodology"]

    private mutating func decodePrint(_ node: YAMLNode?) -> ([String], String) {
        var order = Self.defaultPrintOrder
        var size = "A4"
        guard let node, let fields = reader.mapping(node, "print") else { return (order, size) }
        for field in fields {
            switch field.key {
            case "order":
                if let items = reader.strings(field.value, "order") {
                    order = items.map(\.0)
                    for (item, location) in items where !(["cases", "results", "evaluations"].contains(item) || item.hasPrefix("pages/")) {
                        reader.diagnostics.error(location, "print.order entry '\(item)' must be cases, results, evaluations or pages/<id>")
                    }
                }
            case "page_size":
                size = reader.string(field.value, "page_size") ?? size
                if !Self.isPageSize(size) {
                    reader.diagnostics.error(reader.location(field.value),
                                             "print.page_size '\(size)' is not a page size; write A4, A5, letter, … (optionally with landscape) or a width and a height such as '170mm 240mm'")
                    size = "A4"
                }
            default:
                reader.diagnostics.error(reader.location(field.keyNode),
                                         "unknown key '\(field.key)' in print\(Suggestion.didYouMean(field.key, in: ["order", "page_size"]))")
            }
        }
        return (order, size)
    }

    /// Whether `text` is a CSS `@page` size: a named size with an optional orientation, or one
    /// or two lengths. It goes into the print stylesheet, so nothing else may pass.
    static func isPageSize(_ text: String) -> Bool {
        let named = "(a3|a4|a5|b4|b5|jis-b4|jis-b5|letter|legal|ledger)( +(portrait|landscape))?"
        let length = "[0-9]+(\\.[0-9]+)?(mm|cm|in|pt|pc|px)"
        let pattern = "^(\(named)|(portrait|landscape)|\(length)( +\(length))?)$"
        return text.lowercased().range(of: pattern, options: .regularExpression) != nil
    }
}
