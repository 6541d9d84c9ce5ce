/// A district figure that is incomplete because municipalities lack a figure.
public struct IncompleteAggregate: Sendable, Hashable {
    public let region: Region
    public let measure: Measure
    public let period: Period
    /// The status of the district figure: incomplete, suppressed or not comparable.
    public let status: Status
    /// Municipalities in the district without a (complete) figure.
    public let lacking: [String]
    /// The sum of the municipalities that do have a figure.
    public let partialSum: Double
}

/// Adds up municipality figures per judicial district.
public enum Aggregation {
    /// A dataset with one row per district (alphabetical) plus the source's national row.
    /// A district figure with a municipality lacking a figure is `incomplete`: the sum of what is
    /// known, marked as such and listed with the municipalities it lacks.
    public static func toArrondissementen(_ source: Dataset, id: String, gazetteer: Gazetteer)
        -> (dataset: Dataset, incomplete: [IncompleteAggregate]) {
        var result = Dataset(id: id, measures: source.measures, periods: source.periods)
        var incomplete: [IncompleteAggregate] = []
        var members: [String: [Int]] = [:]
        for row in source.subnationalRows {
            guard let municipality = gazetteer.municipality(code: source.regions[row].code) else { continue }
            members[municipality.arrondissement, default: []].append(row)
        }
        for district in gazetteer.arrondissementen.sorted(by: { $0.name < $1.name }) {
            let rows = members[district.code] ?? []
            let target = result.row(for: district.region)
            for m in source.measures.indices {
                for p in source.periods.indices {
                    let amounts = rows.map { source[$0, m, p].amount }
                    let total = Arithmetic.sum(amounts)
                    let table = rows.lazy.compactMap { source[$0, m, p].provenance?.table }.first ?? source.id
                    let provenance = Provenance(source: "berekend: som van \(rows.count) gemeenten", table: table, line: nil)
                    result[target, m, p] = Cell(amount: total, provenance: provenance)
                    let lacking = rows.filter { source[$0, m, p].status.isGap }
                    if !lacking.isEmpty {
                        incomplete.append(IncompleteAggregate(
                            region: district.region, measure: source.measures[m], period: source.periods[p],
                            status: total.status, lacking: lacking.map { source.regions[$0].name },
                            partialSum: amounts.compactMap(\.double).reduce(0, +)))
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
}

extension Cell {
    var status: Status { amount.status }
}
