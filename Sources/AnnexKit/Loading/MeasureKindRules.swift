/// What a spec may ask of its measures, by kind: sums, totals, shares, district and province sums,
/// municipal conversions and rates exist only for measures that can be added up (`count`,
/// `amount`); a percentage changes in percentage points. Every problem names the field's path, so
/// the spec loader can give its line.
enum MeasureKindRules {
    /// Decimals a spec may ask for.
    static let decimalsRange = 0...6

    static func problems(_ spec: ReportSpec) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        for (t, table) in spec.tables.enumerated() {
            func problem(_ path: [SpecLines.Step], _ reason: MessageText) {
                problems.append(SpecProblem(reason: .inTable(table.id, reason), path: ["tables", .index(t)] + path))
            }
            for (m, measure) in table.measures.enumerated() {
                for (path, reason) in measureProblems(measure, in: table) {
                    problem(["measures", .index(m)] + path, reason)
                }
            }
            if let first = table.measures.first(where: { !$0.kind.isAdditive }) {
                func notAdditive(_ path: [SpecLines.Step], _ message: Message) {
                    problem(path, MessageText(message, ["measure": "\(first.id)", "kind": "\(first.kind.rawValue)"]))
                }
                if table.columns.share == true { notAdditive(["columns", "share"], .kindShares) }
                if table.columns.total == true { notAdditive(["columns", "total"], .kindTotal) }
                if table.boundaryYear != nil { notAdditive(["boundary_year"], .kindBoundary) }
                if table.shares != nil { notAdditive(["shares"], .kindPublishedShares) }
            }
            let percentage = table.measures.first { $0.kind == .percentage }
            if table.columns.changePct == true, let percentage {
                problem(["columns", "change_pct"], MessageText(.kindPercentageChange, ["measure": "\(percentage.id)"]))
            }
            if let source = table.aggregate.flatMap({ aggregate in spec.tables.first { $0.id == aggregate.from } }) {
                problems += aggregateProblems(table, source: source).map {
                    SpecProblem(reason: .inTable(table.id, $0.reason), path: ["tables", .index(t)] + $0.path)
                }
            }
            if table.layout == .measures, let first = table.measures.first {
                for (m, measure) in table.measures.enumerated().dropFirst()
                where (measure.kind, measure.decimals, measure.unit) != (first.kind, first.decimals, first.unit) {
                    problem(["measures", .index(m)], MessageText(.kindRowsShareColumns, ["measure": "\(measure.id)",
                                                                                          "first": "\(first.id)"]))
                }
            }
        }
        return problems
    }

    /// The problems of a table that adds up the municipalities of `source`, with paths in the table.
    private static func aggregateProblems(_ table: TableSpec, source: TableSpec) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        if let first = source.measures.first(where: { !$0.kind.isAdditive }) {
            let reason = MessageText(.kindAggregateSource, ["table": "\(source.id)", "measure": "\(first.id)",
                                                            "kind": "\(first.kind.rawValue)"])
            problems.append(SpecProblem(reason: reason, path: ["aggregate", "from"]))
        }
        for (m, measure) in table.measures.enumerated() {
            let original = source.measures.first { $0.id == measure.id }
            guard let original, original.kind != measure.kind else { continue }
            let reason = MessageText(
                .kindAggregateMeasure,
                [
                    "measure": "\(measure.id)", "kind": "\(measure.kind.rawValue)",
                    "table": "\(source.id)", "original": "\(original.kind.rawValue)",
                ])
            problems.append(SpecProblem(reason: reason, path: ["measures", .index(m), "kind"]))
        }
        return problems
    }

    /// The problems of one measure, with the path of the field within the measure.
    private static func measureProblems(_ measure: MeasureSpec,
                                        in table: TableSpec) -> [([SpecLines.Step], MessageText)] {
        var problems: [([SpecLines.Step], MessageText)] = []
        func problem(_ path: [SpecLines.Step], _ message: Message, _ values: [String: MessageText.Value] = [:]) {
            let named: [String: MessageText.Value] = ["measure": "\(measure.id)", "kind": "\(measure.kind.rawValue)"]
            problems.append((path, MessageText(message, named.merging(values) { $1 })))
        }
        if measure.kind == .amount && measure.unit == nil { problem(["kind"], .kindAmountUnit) }
        if measure.kind == .percentage && measure.unit != nil { problem(["unit"], .kindPercentageUnit) }
        if let decimals = measure.decimals {
            if !decimalsRange.contains(decimals) {
                problem(["decimals"], .kindDecimals, ["low": .number(decimalsRange.lowerBound),
                                                      "high": .number(decimalsRange.upperBound)])
            } else if measure.kind == .count && decimals != 0 {
                problem(["decimals"], .kindCountDecimals)
            }
        }
        if !measure.kind.isAdditive && measure.partOf != nil { problem(["part_of"], .kindPartOf) }
        if !measure.kind.isAdditive && measure.partsAddUp == true { problem(["parts_add_up"], .kindPartsAddUp) }
        if let total = measure.partOf.flatMap({ id in table.measures.first { $0.id == id } }), !total.kind.isAdditive {
            problem(["part_of"], .kindTotalNotAdditive, ["total": "\(total.id)", "totalKind": "\(total.kind.rawValue)"])
        }
        if table.ratio != nil && measure.kind != .rate { problem(["kind"], .kindRatio) }
        return problems
    }
}
