import CasebookModel

/// The front-matter values one file gets from a sheet row, as YAML text, in the order shown.
struct FieldEdits {
    private(set) var fields: [EvaluationFileChange.Field] = []

    mutating func add(_ name: String, old: String?, new: String?) {
        fields.append(EvaluationFileChange.Field(name: name, old: old, new: new))
    }

    /// The shared fields, where the row differs from `old` (every written one for a new file).
    mutating func shared(old: Evaluation?, new entry: SheetEntry, rubric: Rubric) {
        for criterion in rubric.criteria {
            guard let score = entry.scores[criterion.id], score != old?.scores[criterion.id] else { continue }
            add("scores.\(criterion.id)", old: old?.scores[criterion.id].map(SheetCell.yaml), new: SheetCell.yaml(score))
        }
        if let nomination = entry.nomination, nomination != old?.nomination ?? "" {
            add("nomination", old: old?.nomination, new: nomination.isEmpty ? nil : nomination)
        }
        if let period = entry.period, period != old?.sedpPeriod ?? "" || old == nil {
            add("sedp_period", old: old?.sedpPeriod.map(FrontMatterEditor.quoted), new: period.isEmpty ? nil : FrontMatterEditor.quoted(period))
        }
    }

    /// Applies the fields; a new file also loses the scaffold's `draft: true`.
    func apply(to editor: inout FrontMatterEditor, creating: Bool) throws(Problem) {
        for field in fields {
            let path = field.name.split(separator: ".").map(String.init)
            if let value = field.new {
                try editor.set(path, to: value, uncommenting: creating)
            } else {
                try editor.remove(field.name)
            }
        }
        if creating { try editor.remove("draft") }
    }
}
