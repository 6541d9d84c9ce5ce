/// What a spec may ask of its measures, by kind: sums, totals, shares, district and province sums,
/// municipal conversions and rates exist only for measures that can be added up (`count`,
/// `amount`); a percentage changes in percentage points. Every problem names the field's path, so
/// the spec loader can give its line.
enum MeasureKindRules {
    struct Problem {
        let reason: String
        let path: [SpecLines.Step]
    }

    /// Decimals a spec may ask for.
    static let decimalsRange = 0...6

    static func problems(_ spec: ReportSpec) -> [Problem] {
        var problems: [Problem] = []
        for (t, table) in spec.tables.enumerated() {
            func problem(_ path: [SpecLines.Step], _ reason: String) {
                problems.append(Problem(reason: "tabel '\(table.id)': " + reason, path: ["tables", .index(t)] + path))
            }
            for (m, measure) in table.measures.enumerated() {
                for (path, reason) in measureProblems(measure, in: table) { problem(["measures", .index(m)] + path, reason) }
            }
            let notAdditive = table.measures.filter { !$0.kind.isAdditive }
            if let first = notAdditive.first {
                let what = "maat '\(first.id)' is \(first.kind.rawValue) en is niet op te tellen"
                if table.columns.share == true { problem(["columns", "share"], "\(what): aandelen bestaan alleen voor count en amount") }
                if table.columns.total == true { problem(["columns", "total"], "\(what): een totaal bestaat alleen voor count en amount") }
                if table.boundaryYear != nil {
                    problem(["boundary_year"], "\(what): omrekenen naar een gemeentelijke indeling telt gemeenten op")
                }
                if table.shares != nil { problem(["shares"], "\(what): gepubliceerde aandelen gelden alleen voor count en amount") }
            }
            if table.columns.changePct == true, let percentage = table.measures.first(where: { $0.kind == .percentage }) {
                problem(["columns", "change_pct"], "maat '\(percentage.id)' is een percentage; die verandert in procentpunten "
                        + "(de kolom verschil), niet in procenten")
            }
            if let from = table.aggregate?.from, let source = spec.tables.first(where: { $0.id == from }),
               let first = source.measures.first(where: { !$0.kind.isAdditive }) {
                problem(["aggregate", "from"], "tabel '\(from)' heeft maat '\(first.id)' (\(first.kind.rawValue)), die niet "
                        + "per arrondissement of provincie op te tellen is")
            }
            if let source = table.aggregate.flatMap({ aggregate in spec.tables.first { $0.id == aggregate.from } }) {
                for (m, measure) in table.measures.enumerated() {
                    if let original = source.measures.first(where: { $0.id == measure.id }), original.kind != measure.kind {
                        problem(["measures", .index(m), "kind"], "maat '\(measure.id)' is \(measure.kind.rawValue), maar in "
                                + "tabel '\(source.id)', die hier wordt opgeteld, \(original.kind.rawValue)")
                    }
                }
            }
            if table.layout == .measures, let first = table.measures.first {
                for (m, measure) in table.measures.enumerated().dropFirst()
                where (measure.kind, measure.decimals, measure.unit) != (first.kind, first.decimals, first.unit) {
                    problem(["measures", .index(m)], "in een tabel met een rij per maat delen de maten hun kolommen: maat "
                            + "'\(measure.id)' moet dezelfde kind, decimals en unit hebben als '\(first.id)'")
                }
            }
        }
        return problems
    }

    /// The problems of one measure, with the path of the field within the measure.
    private static func measureProblems(_ measure: MeasureSpec, in table: TableSpec) -> [([SpecLines.Step], String)] {
        var problems: [([SpecLines.Step], String)] = []
        let name = "maat '\(measure.id)'"
        if measure.kind == .amount && measure.unit == nil {
            problems.append((["kind"], "\(name) is een bedrag (amount) en vraagt een eenheid (unit), zoals euro of dagen"))
        }
        if measure.kind == .percentage && measure.unit != nil {
            problems.append((["unit"], "\(name) is een percentage; de eenheid is %, laat 'unit' weg"))
        }
        if let decimals = measure.decimals {
            if !decimalsRange.contains(decimals) {
                problems.append((["decimals"], "\(name): decimals moet tussen \(decimalsRange.lowerBound) en "
                                 + "\(decimalsRange.upperBound) liggen"))
            } else if measure.kind == .count && decimals != 0 {
                problems.append((["decimals"], "\(name) is een aantal (count) en heeft geen decimalen; kies een andere kind"))
            }
        }
        if !measure.kind.isAdditive {
            if measure.partOf != nil {
                problems.append((["part_of"], "\(name) is \(measure.kind.rawValue): een aandeel in een totaal bestaat alleen "
                                 + "voor count en amount"))
            }
            if measure.partsAddUp == true {
                problems.append((["parts_add_up"], "\(name) is \(measure.kind.rawValue): delen tellen alleen op bij count en amount"))
            }
        }
        if let total = measure.partOf.flatMap({ id in table.measures.first { $0.id == id } }), !total.kind.isAdditive {
            problems.append((["part_of"], "\(name) is deel van '\(total.id)', een \(total.kind.rawValue), die geen totaal is"))
        }
        if table.ratio != nil && measure.kind != .rate {
            problems.append((["kind"], "\(name): een verhoudingstabel (ratio) toont een verhouding, kind rate"))
        }
        return problems
    }
}
