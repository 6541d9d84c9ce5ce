/// The counts of a computed report, looked up by table, region, measure and period.
struct FigureIndex {
    private var counts: [String: FigureRecord] = [:]
    private var byPeriod: [String: [FigureRecord]] = [:]
    /// Periods per table, in order.
    private(set) var periods: [String: [String]] = [:]
    /// Region codes per table.
    private(set) var regions: [String: Set<String>] = [:]
    /// Measures and what they are part of, per table.
    private(set) var partOf: [String: [String: String]] = [:]

    init(report: ComputedReport) {
        for spec in report.spec.tables {
            periods[spec.id] = spec.periods.map(\.label)
            partOf[spec.id] = Dictionary(spec.measures.compactMap { measure in measure.partOf.map { (measure.id, $0) } },
                                         uniquingKeysWith: { first, _ in first })
        }
        for figure in report.figures where figure.statistic == .count {
            counts[Self.key(figure.table, figure.region.code, figure.measure, figure.period)] = figure
            byPeriod[Self.key(figure.table, "", figure.measure, figure.period), default: []].append(figure)
            regions[figure.table, default: []].insert(figure.region.code)
        }
    }

    static func key(_ table: String, _ region: String, _ measure: String, _ period: String) -> String {
        [table, region, measure, period].joined(separator: "|")
    }

    func count(_ table: String, _ region: String, _ measure: String, _ period: String) -> FigureRecord? {
        counts[Self.key(table, region, measure, period)]
    }

    /// Every count of a measure and period across the regions below the country.
    func all(_ table: String, _ measure: String, _ period: String) -> [FigureRecord] {
        (byPeriod[Self.key(table, "", measure, period)] ?? []).filter { $0.region.type != .land }
    }

    /// The period before `period` in the table, if any.
    func previous(_ table: String, _ period: String) -> String? {
        guard let list = periods[table], let index = list.firstIndex(of: period), index > 0 else { return nil }
        return list[index - 1]
    }

    /// The period after `period` in the table, if any.
    func next(_ table: String, _ period: String) -> String? {
        guard let list = periods[table], let index = list.firstIndex(of: period), index + 1 < list.count else { return nil }
        return list[index + 1]
    }
}
