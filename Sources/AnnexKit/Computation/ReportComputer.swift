/// Computes every table of a report from its loaded inputs.
public enum ReportComputer {
    public static func compute(_ inputs: ReportInputs) throws -> ComputedReport {
        var tables: [ComputedTable] = []
        for spec in inputs.spec.tables {
            let dataset: Dataset
            var incomplete: [IncompleteAggregate] = []
            var aliasUses: [AliasUse] = []
            var sourceTables: [String] = []
            var converted: [ConvertedFigure] = []
            /// The dataset in the spec's municipal boundaries.
            func bounded(_ dataset: Dataset) -> Dataset {
                guard let year = spec.boundaryYear else { return dataset }
                let result = BoundaryConversion.convert(dataset, to: year, gazetteer: inputs.gazetteer, splitKeys: inputs.splitKeys)
                converted = result.converted
                return result.dataset
            }
            if let aggregate = spec.aggregate {
                guard let from = inputs.datasets[aggregate.from] else {
                    throw LoadErrors([LoadError(file: inputs.specPath, .unknownDataset(name: aggregate.from))])
                }
                (dataset, incomplete) = Aggregation.group(bounded(from.dataset), id: spec.id, to: aggregate.to, gazetteer: inputs.gazetteer)
                converted = []  // district figures are the same in any municipal boundaries
                aliasUses = from.aliasUses
                sourceTables = from.dataset.sourceTables
            } else if let loaded = inputs.datasets[spec.id] {
                dataset = bounded(loaded.dataset)
                aliasUses = loaded.aliasUses
                sourceTables = loaded.dataset.sourceTables
            } else {
                throw LoadErrors([LoadError(file: inputs.specPath, .unknownDataset(name: spec.id))])
            }
            let corrections = applied(inputs.corrections, table: spec.aggregate?.from ?? spec.id, inputs: inputs)
            let sourceLine = ([inputs.spec.source] + sourceTables).joined(separator: "; ")
            tables.append(compute(spec: spec, dataset: dataset, source: sourceLine, incomplete: incomplete,
                                  corrections: corrections, aliasUses: aliasUses, converted: converted))
        }
        return ComputedReport(spec: inputs.spec, tables: tables)
    }

    /// Computes one table from a dataset; `source` is the source line shown under it.
    public static func compute(spec: TableSpec, dataset: Dataset, source: String,
                               incomplete: [IncompleteAggregate] = [], corrections: [AppliedCorrection] = [],
                               aliasUses: [AliasUse] = [], converted: [ConvertedFigure] = []) -> ComputedTable {
        let computer = TableComputer(spec: spec, dataset: dataset, source: source)
        let sums = computer.sumsOfRows
        let totals = computer.nationalTotals(sums: sums)
        var seen = Set<String>()
        let doubtful = aliasUses.filter { !$0.alias.note.isEmpty && seen.insert($0.printed).inserted }
        return ComputedTable(
            id: spec.id, title: spec.title, sheet: spec.sheet ?? spec.id, rowHeader: spec.rowHeader ?? (spec.layout == .regions ? "Regio" : "Maat"),
            columns: computer.columns, rows: computer.rows(totals: totals, sums: sums),
            rankings: computer.rankings(), discrepancies: computer.discrepancies(sums: sums),
            incomplete: incomplete, corrections: corrections, doubtfulAliases: doubtful,
            boundaryYear: spec.boundaryYear, converted: converted, notes: spec.notes,
            source: source, figures: computer.figures(totals: totals, sums: sums))
    }

    private static func applied(_ corrections: [Correction], table: String, inputs: ReportInputs) -> [AppliedCorrection] {
        guard let spec = inputs.spec.tables.first(where: { $0.id == table }),
              let loaded = inputs.datasets[table] else { return [] }
        return corrections.filter { $0.dataset == table }.compactMap { correction in
            let region = inputs.gazetteer.match(correction.region)?.municipality.region
                ?? (DatasetBuilder.nationalNames.contains(correction.region.lowercased()) ? .netherlands : nil)
            guard let region,
                  let measure = spec.measures.first(where: { $0.id == correction.measure })?.measure,
                  loaded.dataset.rowIndex(of: region) != nil else { return nil }
            return AppliedCorrection(region: region, measure: measure, period: Period(correction.period),
                                     published: correction.published, corrected: correction.corrected,
                                     evidence: correction.evidence)
        }
    }
}
