import CasebookModel

/// The range of totals a band covers, as readers see it next to the band: "20 to under 40",
/// the last band "75 to 100". Bounds are the rubric's own, so a fractional total such as 39.5
/// falls in exactly one written range, the one `Rubric.band(for:)` gives it.
struct BandRangeText {
    var rubric: Rubric
    var strings: UIStrings

    func text(for band: Rubric.Band) -> String {
        let language = strings.language
        let lower = NumberFormat.decimal(band.min, language: language)
        guard let upper = rubric.upperBound(of: band) else {
            return strings["band_range_last"].replacingOccurrences(of: "{min}", with: lower)
                .replacingOccurrences(of: "{max}", with: NumberFormat.decimal(rubric.maxTotal, language: language))
        }
        return strings["band_range"].replacingOccurrences(of: "{min}", with: lower)
            .replacingOccurrences(of: "{max}", with: NumberFormat.decimal(upper, language: language))
    }
}
