/// CBS's legend for the cells of a StatLine export, where it differs from other files: `-` is nil
/// (zero), and an empty cell a figure that cannot occur on logical grounds (not applicable). `.`
/// (unknown) and `x` (secret) mean what they mean in every file (`CellParser.marker`).
enum CBSLegend {
    static let dashes: Set<String> = ["-", "–", "—", "−"]

    /// The figure a marker of CBS's own stands for; nil for any other text.
    static func amount(_ text: String) -> Amount? {
        if text.isEmpty { return .notApplicable }
        return dashes.contains(text) ? .count(0) : nil
    }
}
