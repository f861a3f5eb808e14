/// Computes total, percent, band and rank of every evaluation (ties share a rank: 1, 2, 2, 4).
public enum ResultsCalculator {
    public static func results(for evaluations: [Evaluation], rubric: Rubric) -> [EvaluationResult] {
        let maxTotal = rubric.maxTotal
        let totals = evaluations.map { evaluation in
            (evaluation, rubric.criteria.reduce(0.0) { $0 + (evaluation.scores[$1.id] ?? 0) })
        }
        let sorted = totals.sorted { lhs, rhs in
            lhs.1 != rhs.1 ? lhs.1 > rhs.1 : lhs.0.municipality < rhs.0.municipality
        }
        var results: [EvaluationResult] = []
        for (index, (evaluation, total)) in sorted.enumerated() {
            let rank = index > 0 && sorted[index - 1].1 == total ? results[index - 1].rank : index + 1
            results.append(EvaluationResult(
                evaluationID: evaluation.id, municipality: evaluation.municipality, total: total,
                percent: maxTotal > 0 ? total / maxTotal * 100 : 0,
                band: rubric.band(for: total)?.id ?? "", rank: rank))
        }
        return results
    }
}
