import CasebookBuild
import CasebookModel
import Foundation

/// A small casebook written into a temporary folder, declared inline by a test:
/// a valid casebook.yml, the repository's default theme, and the files the test adds.
public final class TemporaryCasebook {
    public let root: URL

    /// The repository checkout (three levels above this file).
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let config = """
    languages: [ru, en]
    title: {ru: "Сборник", en: "Casebook"}
    date: 2022-06-30
    theme: default
    regions:
      jalal-abad: {ru: "Джалал-Абадская область", en: "Jalal-Abad region"}
      issyk-kul: {ru: "Иссык-Кульская область", en: "Issyk-Kul region"}
    districts:
      nooken: {region: jalal-abad, ru: "Ноокенский район", en: "Nooken district"}
      ton: {region: issyk-kul, ru: "Тонский район", en: "Ton district"}
    cohorts:
      psi: {ru: "Пилотные", en: "Pilots"}
    municipalities:
      alpha: {district: nooken, cohort: psi, ru: "Альфа", en: "Alpha"}
      beta: {district: nooken, cohort: psi, ru: "Бета", en: "Beta"}
      gamma: {district: ton, cohort: psi, ru: "Гамма", en: "Gamma"}
      delta: {district: ton, cohort: psi, ru: "Дельта", en: "Delta"}
    sectors:
      water: {ru: "Вода", en: "Water"}
      preschool: {ru: "Детсады", en: "Kindergartens"}
    target_groups:
      women: {ru: "Женщины", en: "Women"}
      pwd: {ru: "Люди с инвалидностью", en: "Persons with disabilities"}
    nominations:
      winner: {ru: "Победитель", en: "Winner"}
    rubric:
      criteria:
        - {id: participation, max: 15, ru: "Участие", en: "Participation"}
        - {id: budgeting, max: 5, ru: "Бюджет", en: "Budgeting"}
      bands:
        - {min: 0, id: blind, ru: "Нейтральная", en: "Blind"}
        - {min: 10, id: responsive, ru: "Ориентированная", en: "Responsive"}

    """

    /// `files` maps paths relative to the casebook folder to their text.
    public init(config: String = TemporaryCasebook.config, files: [String: String] = [:], copyTheme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try write("content/casebook.yml", config)
        for (path, text) in files { try write(path, text) }
        if copyTheme {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("themes"),
                                             to: root.appendingPathComponent("themes"))
        }
    }

    /// A casebook made from a fixture folder under Tests/Fixtures/, with the default theme.
    public init(fixture name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-test-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Tests/Fixtures/\(name)"), to: root)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("themes"),
                                         to: root.appendingPathComponent("themes"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    public func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    public func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    public func load(drafts: Bool = false) -> (Site?, Diagnostics) {
        SiteLoader(root: root, includeDrafts: drafts).load()
    }

    /// Every diagnostic of a full check (load, theme, render), as printed.
    public func check() -> [String] {
        BuildPipeline(options: .init(root: root)).check().diagnostics.sorted.map(\.description)
    }

    /// The diagnostics of loading only, as printed.
    public func loadMessages() -> [String] {
        load().1.sorted.map(\.description)
    }

    /// `makePDFs` runs WeasyPrint found on this process's PATH.
    public func build(output: URL? = nil, makePDFs: Bool = false) -> BuildPipeline.Report {
        let environment = makePDFs ? ProcessInfo.processInfo.environment : [:]
        return BuildPipeline(options: .init(root: root, output: output, environment: environment, makePDFs: makePDFs)).build()
    }

    public func read(_ path: String) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Front matter + body helpers for inline test documents.
public enum Doc {
    public static func `case`(_ title: String = "Кейс", municipality: String = "alpha", extra: String = "", body: String = "## Проблема\n\nТекст.\n") -> String {
        """
        ---
        title: "\(title)"
        summary: "Кратко."
        municipality: \(municipality)
        sectors: [water]
        target_groups: [women]
        \(extra)
        ---
        \(body)
        """
    }

    public static func translation(_ title: String = "Case", extra: String = "", body: String = "## Problem\n\nText.\n") -> String {
        "---\ntitle: \"\(title)\"\nsummary: \"Short.\"\n\(extra)\n---\n\(body)"
    }

    public static func evaluation(_ municipality: String, participation: Int, budgeting: Int, extra: String = "") -> String {
        "---\nmunicipality: \(municipality)\nscores:\n  participation: \(participation)\n  budgeting: \(budgeting)\n\(extra)\n---\n## Сильные стороны\n\nТекст.\n"
    }
}
