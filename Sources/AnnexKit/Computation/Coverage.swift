/// Which municipalities a dataset covers in one year.
public struct Coverage: Sendable, Hashable {
    public let table: String
    public let period: Period
    /// Municipalities that existed that year.
    public let existing: Int
    /// Existing municipalities with a figure for at least one measure.
    public let covered: Int
    /// Existing municipalities without any figure (no row, or only blanks).
    public let withoutFigure: [String]
    /// Municipalities with a figure that did not exist that year.
    public let nonexistent: [String]

    /// Coverage of every year-labelled period of a municipality dataset; empty for other datasets.
    public static func of(_ dataset: Dataset, gazetteer: Gazetteer) -> [Coverage] {
        guard dataset.regions.contains(where: { $0.type == .gemeente }) else { return [] }
        return dataset.periods.indices.compactMap { p in
            guard let year = Int(dataset.periods[p].label) else { return nil }
            var withFigure = Set<String>()
            for row in dataset.subnationalRows
            where dataset.measures.indices.contains(where: { dataset[row, $0, p].amount.exact != nil }) {
                withFigure.insert(dataset.regions[row].code)
            }
            let existing = gazetteer.municipalities(existingIn: year)
            let existingCodes = Set(existing.map(\.code))
            let nonexistent = dataset.subnationalRows.map { dataset.regions[$0] }
                .filter { withFigure.contains($0.code) && !existingCodes.contains($0.code) }.map(\.name)
            let without = existing.filter { !withFigure.contains($0.code) }.map(\.name).sorted()
            return Coverage(table: dataset.id, period: dataset.periods[p], existing: existing.count,
                            covered: existing.count - without.count, withoutFigure: without, nonexistent: nonexistent)
        }
    }
}
