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
            func problem(_ path: [SpecLines.Step], _ reason: String) {
                problems.append(SpecProblem(reason: "tabel '\(table.id)': " + reason,
                                            path: ["tables", .index(t)] + path))
            }
            for (m, measure) in table.measures.enumerated() {
                for (path, reason) in measureProblems(measure, in: table) {
                    problem(["measures", .index(m)] + path, reason)
                }
            }
            if let first = table.measures.first(where: { !$0.kind.isAdditive }) {
                let what = "maat '\(first.id)' is \(first.kind.rawValue) en is niet op te tellen"
                let onlyAdditive = "alleen voor count en amount"
                if table.columns.share == true {
                    problem(["columns", "share"], "\(what): aandelen bestaan \(onlyAdditive)")
                }
                if table.columns.total == true {
                    problem(["columns", "total"], "\(what): een totaal bestaat \(onlyAdditive)")
                }
                if table.boundaryYear != nil {
                    problem(["boundary_year"], "\(what): omrekenen naar een gemeentelijke indeling telt gemeenten op")
                }
                if table.shares != nil {
                    problem(["shares"], "\(what): gepubliceerde aandelen gelden \(onlyAdditive)")
                }
            }
            let percentage = table.measures.first { $0.kind == .percentage }
            if table.columns.changePct == true, let percentage {
                problem(["columns", "change_pct"], "maat '\(percentage.id)' is een percentage; die verandert in "
                        + "procentpunten (de kolom verschil), niet in procenten")
            }
            if let source = table.aggregate.flatMap({ aggregate in spec.tables.first { $0.id == aggregate.from } }) {
                problems += aggregateProblems(table, source: source).map {
                    SpecProblem(reason: "tabel '\(table.id)': " + $0.reason, path: ["tables", .index(t)] + $0.path)
                }
            }
            if table.layout == .measures, let first = table.measures.first {
                for (m, measure) in table.measures.enumerated().dropFirst()
                where (measure.kind, measure.decimals, measure.unit) != (first.kind, first.decimals, first.unit) {
                    problem(["measures", .index(m)], "in een tabel met een rij per maat delen de maten hun kolommen: "
                            + "maat '\(measure.id)' moet dezelfde kind, decimals en unit hebben als '\(first.id)'")
                }
            }
        }
        return problems
    }

    /// The problems of a table that adds up the municipalities of `source`, with paths in the table.
    private static func aggregateProblems(_ table: TableSpec, source: TableSpec) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        if let first = source.measures.first(where: { !$0.kind.isAdditive }) {
            let reason = "tabel '\(source.id)' heeft maat '\(first.id)' (\(first.kind.rawValue)), "
                + "die niet per arrondissement of provincie op te tellen is"
            problems.append(SpecProblem(reason: reason, path: ["aggregate", "from"]))
        }
        for (m, measure) in table.measures.enumerated() {
            let original = source.measures.first { $0.id == measure.id }
            guard let original, original.kind != measure.kind else { continue }
            problems.append(SpecProblem(reason: "maat '\(measure.id)' is \(measure.kind.rawValue), maar in tabel "
                                    + "'\(source.id)', die hier wordt opgeteld, \(original.kind.rawValue)",
                                    path: ["measures", .index(m), "kind"]))
        }
        return problems
    }

    /// The problems of one measure, with the path of the field within the measure.
    private static func measureProblems(_ measure: MeasureSpec, in table: TableSpec) -> [([SpecLines.Step], String)] {
        var problems: [([SpecLines.Step], String)] = []
        let name = "maat '\(measure.id)'"
        if measure.kind == .amount && measure.unit == nil {
            problems.append((["kind"], "\(name) is een bedrag (amount) en vraagt een eenheid (unit), zoals euro"))
        }
        if measure.kind == .percentage && measure.unit != nil {
            problems.append((["unit"], "\(name) is een percentage; de eenheid is %, laat 'unit' weg"))
        }
        if let decimals = measure.decimals {
            if !decimalsRange.contains(decimals) {
                problems.append((["decimals"], "\(name): decimals moet tussen \(decimalsRange.lowerBound) en "
                                 + "\(decimalsRange.upperBound) liggen"))
            } else if measure.kind == .count && decimals != 0 {
                problems.append((["decimals"], "\(name) is een aantal (count) en heeft geen decimalen; kies een "
                                 + "andere kind"))
            }
        }
        let kind = measure.kind.rawValue
        if !measure.kind.isAdditive && measure.partOf != nil {
            problems.append((["part_of"], "\(name) is \(kind): een aandeel in een totaal bestaat alleen voor count "
                             + "en amount"))
        }
        if !measure.kind.isAdditive && measure.partsAddUp == true {
            problems.append((["parts_add_up"], "\(name) is \(kind): delen tellen alleen op bij count en amount"))
        }
        if let total = measure.partOf.flatMap({ id in table.measures.first { $0.id == id } }), !total.kind.isAdditive {
            problems.append((["part_of"], "\(name) is deel van '\(total.id)', een \(total.kind.rawValue), die geen "
                             + "totaal is"))
        }
        if table.ratio != nil && measure.kind != .rate {
            problems.append((["kind"], "\(name): een verhoudingstabel (ratio) toont een verhouding, kind rate"))
        }
        return problems
    }
}
