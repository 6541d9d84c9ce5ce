/// The counts of a computed report, looked up by table, region, measure and period, with what each
/// table covers.
struct FigureIndex: Sendable {
    private struct Key: Hashable {
        let table: String, region: String, measure: String, period: String
    }

    private var counts: [Key: FigureRecord] = [:]
    /// Per table, measure and period: the counts of the regions below the country that have a value,
    /// largest first.
    private var regional: [Key: [FigureRecord]] = [:]
    /// Periods per table, in order.
    private(set) var periods: [String: [String]] = [:]
    /// Region codes per table.
    private(set) var regions: [String: Set<String>] = [:]
    /// Measures and the total they are part of, per table.
    private(set) var partOf: [String: [String: String]] = [:]
    /// What each table covers, and each of its measures where it narrows that.
    private(set) var scopes: [String: Scope] = [:]
    private var measureScopes: [String: [String: Scope]] = [:]
    /// Every line of the source text a count was read from or corrected on.
    private(set) var sourceLines = Set<Int>()

    /// The counts of `report`, their sources cited in the words of `words`.
    init(report: ComputedReport, citing words: CitationWords) {
        for spec in report.spec.tables {
            periods[spec.id] = spec.periods.map(\.label)
            partOf[spec.id] = Dictionary(
                spec.measures.compactMap { measure in measure.partOf.map { (measure.id, $0) } },
                uniquingKeysWith: { first, _ in first })
            let inherited = spec.aggregate.flatMap { aggregate in
                report.spec.tables.first { $0.id == aggregate.from }?.scope
            }
            scopes[spec.id] = spec.scope.isEmpty ? inherited ?? spec.scope : spec.scope
            measureScopes[spec.id] = Dictionary(
                spec.measures.map { ($0.id, $0.scope) }, uniquingKeysWith: { first, _ in first })
        }
        for figure in report.figures(citing: words) where figure.statistic == .count {
            counts[
                Key(table: figure.table, region: figure.region.code, measure: figure.measure, period: figure.period)] =
                figure
            if figure.region.type != .land, figure.amount.exact != nil {
                regional[
                    Key(table: figure.table, region: "", measure: figure.measure, period: figure.period), default: []
                ]
                .append(figure)
            }
            regions[figure.table, default: []].insert(figure.region.code)
            sourceLines.formUnion(figure.provenance?.sourceLines ?? [])
        }
        // The positions are sorted, not the records: a record is large to move.
        regional = regional.mapValues { list in
            list.indices.sorted { first, second in
                (list[first].amount.exact!, list[second].region.code)
                    > (list[second].amount.exact!, list[first].region.code)
            }
            .map { list[$0] }
        }
    }

    func count(_ table: String, _ region: String, _ measure: String, _ period: String) -> FigureRecord? {
        counts[Key(table: table, region: region, measure: measure, period: period)]
    }

    /// The counts of a measure and period of the regions below the country that have a value, largest
    /// first (equal values by region code).
    func ranked(_ table: String, _ measure: String, _ period: String) -> [FigureRecord] {
        regional[Key(table: table, region: "", measure: measure, period: period)] ?? []
    }

    /// What a measure's figures cover: its table's scope, refined by the measure's own.
    func scope(_ table: String, _ measure: String) -> Scope {
        (scopes[table] ?? Scope()).refined(by: measureScopes[table]?[measure] ?? Scope())
    }

    /// The period before `period` in the table, if any.
    func previous(_ table: String, _ period: String) -> String? {
        guard let list = periods[table], let index = list.firstIndex(of: period), index > 0 else { return nil }
        return list[index - 1]
    }
}
