/// A grouped figure that is not complete because municipalities lack a figure.
public struct IncompleteAggregate: Sendable, Hashable {
    public let region: Region
    public let measure: Measure
    public let period: Period
    /// The status of the grouped figure: incomplete, suppressed or not comparable.
    public let status: Status
    /// Municipalities in the group without a (complete) figure.
    public let lacking: [String]
    /// The sum of the municipalities that do have a figure.
    public let partialSum: Exact
}

/// Adds up municipality figures per judicial district or province.
public enum Aggregation {
    /// A dataset with one row per group (all districts or provinces, alphabetical) plus the
    /// source's national row. A group figure with a municipality lacking a figure is `incomplete`:
    /// the sum of what is known, marked as such and listed with the municipalities it lacks.
    public static func group(_ source: Dataset, id: String, to level: RegionType, gazetteer: Gazetteer)
        -> (dataset: Dataset, incomplete: [IncompleteAggregate]) {
        var result = Dataset(id: id, measures: source.measures, periods: source.periods)
        var incomplete: [IncompleteAggregate] = []
        var members: [Region: [Int]] = [:]
        for row in source.subnationalRows {
            guard let municipality = gazetteer.municipality(code: source.regions[row].code),
                  let group = Self.group(of: municipality, level: level, gazetteer: gazetteer) else { continue }
            members[group, default: []].append(row)
        }
        let anyCitation = source.firstProvenance
        for group in groups(level: level, gazetteer: gazetteer) {
            let rows = members[group] ?? []
            let target = result.row(for: group)
            for m in source.measures.indices {
                for p in source.periods.indices {
                    let amounts = rows.map { source.amount(row: $0, measure: m, period: p) }
                    let total = Arithmetic.sum(amounts)
                    // Cited as its members are; a group whose members have no figure, as the table they are in.
                    let cited = rows.lazy.compactMap { source[$0, m, p].provenance }.first ?? anyCitation
                    let provenance = cited?.combined(.sum(municipalities: rows.count))
                    result[target, m, p] = Cell(amount: total, provenance: provenance)
                    let lacking = rows.indices.filter { amounts[$0].status.isGap }.map { rows[$0] }
                    if !lacking.isEmpty {
                        incomplete.append(IncompleteAggregate(
                            region: group, measure: source.measures[m], period: source.periods[p], status: total.status,
                            lacking: lacking.map { source.regions[$0].name },
                            partialSum: amounts.compactMap(\.exact).reduce(Exact(0), +)))
                    }
                }
            }
        }
        if let national = source.nationalRow {
            let target = result.row(for: .netherlands)
            for m in source.measures.indices {
                for p in source.periods.indices { result[target, m, p] = source[national, m, p] }
            }
        }
        return (result, incomplete)
    }

    /// The levels municipalities can be grouped to.
    public static let levels: [RegionType] = [.arrondissement, .provincie]

    static func group(of municipality: Municipality, level: RegionType, gazetteer: Gazetteer) -> Region? {
        switch level {
        case .arrondissement: gazetteer.arrondissement(code: municipality.arrondissement)?.region
        case .provincie: municipality.provinceRegion
        default: nil
        }
    }

    static func groups(level: RegionType, gazetteer: Gazetteer) -> [Region] {
        let regions: [Region] = switch level {
        case .arrondissement: gazetteer.arrondissementen.map(\.region)
        case .provincie: Array(Set(gazetteer.municipalities.map(\.provinceRegion)))
        default: []
        }
        return regions.sorted { $0.name < $1.name }
    }
}

extension Cell {
    var status: Status { amount.status }
}
