/// The `content/casebook.yml` that `casebook init` writes: every setting and vocabulary with a
/// comment, a small example of each, and the rubric of the Expert Evaluation Form to edit.
/// Labels are given in every language asked for (Russian and English texts; others start
/// from the English one, to be translated).
struct StarterConfig {
    var languages: [String]
    /// The casebook's `date`, YYYY-MM-DD: the day it is started.
    var date: String

    /// `{ru: "…", en: "…"}` in the casebook's languages.
    private func labels(_ ru: String, _ en: String) -> String {
        "{" + languages.map { "\($0): \"\($0 == "ru" ? ru : en)\"" }.joined(separator: ", ") + "}"
    }

    /// `key: {ru: …, en: …}` with extra fields first: `{district: x, ru: …}`.
    private func entry(_ id: String, _ extra: String = "", _ ru: String, _ en: String) -> String {
        let inner = labels(ru, en).dropFirst()
        return "  \(id): {\(extra.isEmpty ? "" : extra + ", ")\(inner)"
    }

    var text: String {
        """
        # The settings of this casebook. Every label map needs every language in `languages`.
        # The full description of each setting: the casebook README and FORMAT.md.

        languages: [\(languages.joined(separator: ", "))]   # the first is the default language; documents are <id>.<lang>.md
        title: \(labels("Сборник успешных практик", "A casebook of good practice"))
        subtitle: \(labels("Социально и гендерно чувствительные ПСЭР", "Socially inclusive and gender-responsive SEDPs"))
        publisher: \(labels("Название организации", "Name of the organisation"))
        edition: "1"
        date: \(date)             # the date printed on the site and the book (SOURCE_DATE_EPOCH overrides it)
        # base_url: "https://example.org/casebook/"   # only for sitemap.xml and canonical links
        theme: default               # built into casebook; `casebook theme eject` copies it to themes/default/ to customise

        # Vocabularies: id → label in every language. Documents name them by id.
        regions:
        \(entry("chuy", "", "Чуйская область", "Chuy region"))
        districts:                   # each in a region
        \(entry("alamudun", "region: chuy", "Аламудунский район", "Alamudun district"))
        cohorts:                     # groups of participants (optional on a municipality)
        \(entry("pilot", "", "Пилотные муниципалитеты", "Pilot municipalities"))
        municipalities:              # the contest participants: each in a district, optionally in a cohort
        \(entry("example", "district: alamudun, cohort: pilot", "Пример", "Example"))
        sectors:                     # what a case is about
        \(entry("water", "", "Питьевая вода", "Drinking water"))
        \(entry("preschool", "", "Дошкольное образование", "Kindergartens"))
        target_groups:               # whom a case serves
        \(entry("women", "", "Женщины", "Women"))
        \(entry("pwd", "", "Люди с инвалидностью", "Persons with disabilities"))
        nominations:                 # awards, in rank order
        \(entry("winner", "", "Победитель", "Winner"))

        rubric:                      # the Expert Evaluation Form: criteria in form order
          criteria:
            - id: participation
              max: 15                # the highest score; scores may have decimals (7.5)
              \(languages.map { "\($0): \"\($0 == "ru" ? "Участие уязвимых групп" : "Inclusive participation")\"" }.joined(separator: "\n      "))
              description: \(labels("Женщины и уязвимые группы участвовали в подготовке ПСЭР", "Women and vulnerable groups took part in preparing the SEDP"))
            - id: budgeting
              max: 10
              \(languages.map { "\($0): \"\($0 == "ru" ? "Гендерно ориентированный бюджет" : "Gender-responsive budget")\"" }.joined(separator: "\n      "))
              description: \(labels("Мероприятия ПСЭР обеспечены средствами", "The SEDP's measures are funded"))
          bands:                     # by the lowest total of each, ascending from 0
            - {min: 0, id: blind, \(labels("Гендерно нейтральная", "GESI-blind").dropFirst())
            - {min: 13, id: responsive, \(labels("Гендерно ориентированная", "GESI-responsive").dropFirst())

        evaluations:
          publish: full              # full: scores and the expert's text on the site | summary: ranking only | none

        form:                        # the Expert Evaluation Forms: forms/ beside site/, or in the site when publish is full
          expert: \(labels("Имя Фамилия", "Name Surname"))   # the expert's name as signed (or one name: expert: "…")
          # position: \(labels("эксперт по ГРСИ", "GESI expert"))
          # date: \(date)         # the date on the forms (default: `date` above)

        print:                       # the printable book
          order: [pages/foreword, cases, results, pages/methodology]   # cases, results, evaluations, pages/<id>
          page_size: A4              # any CSS page size: A4, A5, letter, 170mm 240mm

        """
    }
}
