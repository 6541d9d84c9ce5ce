/// Computes every table of a report from its loaded inputs.
public enum ReportComputer {
    /// A table's dataset as computed from its inputs, before its statistics.
    struct Prepared {
        var dataset: Dataset
        var incomplete: [IncompleteAggregate] = []
        var aliasUses: [AliasUse] = []
        var sources: [SourceCitation] = []
        var converted: [ConvertedFigure] = []
        var shareChecks: [ShareCheck] = []
        var shareMismatches: [ShareMismatch] = []
        var suspicions: [Suspicion] = []
    }

    /// Every table and, with `charts`, every chart and map the spec declares; without `drawn` the
    /// figures are checked (every problem they raise found, as when they are made) but not made, for
    /// what draws nothing (`annex check`): the report has no charts.
    public static func compute(_ inputs: ReportInputs, charts: Bool = true,
                               drawn: Bool = true) throws -> ComputedReport {
        let numbered = Footnote.numbered(inputs.spec)
        @Sendable func footnotes(_ spec: TableSpec) -> [Footnote] {
            spec.footnotes.compactMap { numbered[$0] }.sorted { $0.number < $1.number }
        }
        @Sendable func computedTable(_ spec: TableSpec, _ table: Prepared) -> ComputedTable {
            compute(spec: spec, prepared: table,
                    corrections: inputs.datasets[spec.aggregate?.from ?? spec.id]?.corrections ?? [],
                    footnotes: footnotes(spec), population: inputs.population, gazetteer: inputs.gazetteer)
        }
        let specs = inputs.spec.tables.filter { $0.ratio == nil }
        // A table that takes no earlier table (only published shares take their national row from one) is
        // prepared and computed side by side with the others; the rest in the spec's order after them. The
        // first table in that order that fails is the error, as when they were made one after another.
        let independent = SideBySide.map(specs.count) { index -> Result<(Prepared, ComputedTable), Error>? in
            let spec = specs[index]
            guard inputs.shares[spec.id] == nil else { return nil }
            return Result {
                let table = try prepare(spec, inputs: inputs, earlier: [:])
                return (table, computedTable(spec, table))
            }
        }
        var prepared: [String: Prepared] = [:]
        var computed: [String: ComputedTable] = [:]
        for (spec, made) in zip(specs, independent) {
            if let made {
                (prepared[spec.id], computed[spec.id]) = try made.get()
            } else {
                let table = try prepare(spec, inputs: inputs, earlier: prepared)
                prepared[spec.id] = table
                computed[spec.id] = computedTable(spec, table)
            }
        }
        for spec in inputs.spec.tables {
            guard let ratio = spec.ratio else { continue }
            guard let numerator = prepared[ratio.numerator.table], let denominator = prepared[ratio.denominator.table]
            else {
                throw LoadErrors([LoadError(file: inputs.specPath, .unknownDataset(name: spec.id))])
            }
            computed[spec.id] = RatioComputer.compute(spec: spec, ratio: ratio, numerator: numerator.dataset,
                                                      denominator: denominator.dataset, footnotes: footnotes(spec))
        }
        let tables = inputs.spec.tables.compactMap { computed[$0.id] }
        let figures = charts
            ? try FigureComputer.compute(inputs.spec, tables: tables, inputs: inputs, drawn: drawn) : []
        return ComputedReport(spec: inputs.spec, tables: tables, charts: figures)
    }

    /// The dataset of a data, share or aggregate table, in the spec's municipal boundaries.
    static func prepare(_ spec: TableSpec, inputs: ReportInputs, earlier: [String: Prepared]) throws -> Prepared {
        func failure(_ name: String) -> LoadErrors {
            LoadErrors([LoadError(file: inputs.specPath, .unknownDataset(name: name))])
        }
        var converted: [ConvertedFigure] = []
        func bounded(_ dataset: Dataset) -> Dataset {
            guard let year = spec.boundaryYear else { return dataset }
            let result = BoundaryConversion.convert(
                dataset, to: year, gazetteer: inputs.gazetteer, splitKeys: inputs.splitKeys)
            converted = result.converted
            return result.dataset
        }
        if let aggregate = spec.aggregate {
            guard let from = inputs.datasets[aggregate.from] else { throw failure(aggregate.from) }
            let (dataset, incomplete) = Aggregation.group(
                bounded(from.dataset), id: spec.id, to: aggregate.to, gazetteer: inputs.gazetteer)
            // District figures are the same in any municipal boundaries: no conversion notes.
            return Prepared(dataset: dataset, incomplete: incomplete, aliasUses: from.aliasUses,
                            sources: from.dataset.sources)
        }
        let loaded = inputs.datasets[spec.id]
        var dataset = loaded.map { bounded($0.dataset) }
            ?? Dataset(id: spec.id, measures: spec.measures.map(\.measure), periods: spec.periods)
        if let level = spec.regionType {
            dataset = dataset.listing(Aggregation.groups(level: level, gazetteer: inputs.gazetteer))
        }
        var prepared = Prepared(dataset: dataset, aliasUses: loaded?.aliasUses ?? [], converted: converted)
        if spec.layout == .regions, let published = loaded?.published {
            prepared.suspicions = TableSuspicions.find(in: published, thresholds: inputs.spec.suspicions)
        }
        if let shares = inputs.shares[spec.id] {
            guard let national = spec.nationalFrom.flatMap({ earlier[$0] }) else {
                throw failure(spec.nationalFrom ?? spec.id)
            }
            prepared.dataset.copyNationalRow(from: national.dataset)
            let levelSize = Aggregation.groups(level: spec.regionType ?? .arrondissement, gazetteer: inputs.gazetteer)
                .count
            (prepared.shareChecks, prepared.shareMismatches) = PublishedShares.apply(
                shares.dataset, to: &prepared.dataset,
                                                                                     levelSize: levelSize)
            prepared.sources = shares.dataset.sources
        }
        prepared.sources = SourceCitation.merged(dataset.sources, prepared.sources)
        return prepared
    }

    static func compute(spec: TableSpec, prepared: Prepared, corrections: [AppliedCorrection],
                        footnotes: [Footnote], population: Population?, gazetteer: Gazetteer) -> ComputedTable {
        compute(spec: spec, dataset: prepared.dataset, sources: prepared.sources, footnotes: footnotes,
                incomplete: prepared.incomplete,
                corrections: corrections, aliasUses: prepared.aliasUses, converted: prepared.converted,
                shareChecks: prepared.shareChecks, shareMismatches: prepared.shareMismatches,
                suspicions: prepared.suspicions, population: population, gazetteer: gazetteer)
    }

    /// Computes one table from a dataset; `sources` are the deliveries (and their tables) it cites.
    public static func compute(spec: TableSpec, dataset: Dataset, sources: [SourceCitation] = [],
                               footnotes: [Footnote] = [],
                               incomplete: [IncompleteAggregate] = [], corrections: [AppliedCorrection] = [],
                               aliasUses: [AliasUse] = [], converted: [ConvertedFigure] = [],
                               shareChecks: [ShareCheck] = [], shareMismatches: [ShareMismatch] = [],
                               suspicions: [Suspicion] = [],
                               population: Population? = nil, gazetteer: Gazetteer? = nil) -> ComputedTable {
        let computer = TableComputer(spec: spec, dataset: dataset, population: population, gazetteer: gazetteer)
        let sums = computer.sumsOfRows
        let totals = computer.nationalTotals(sums: sums)
        let discrepancies = computer.discrepancies(sums: sums)
        // The rank orders sort every region four times over: made here only for the rankings shown,
        // else only when the figure records are asked for.
        let orders = spec.top > 0 ? computer.rankOrders() : nil
        var seen = Set<String>()
        let doubtful = aliasUses.filter { !$0.alias.note.isEmpty && seen.insert($0.printed).inserted }
        let columns = computer.columns
        let rows = computer.rows(totals: totals, sums: sums, discrepancies: discrepancies)
        return ComputedTable(
            id: spec.id, layout: spec.layout, measuresFrom: computer.measuresFrom, columns: columns, rows: rows,
            rankings: orders.map(computer.rankings) ?? [], discrepancies: discrepancies,
            incomplete: incomplete, corrections: corrections, doubtfulAliases: doubtful,
            boundaryYear: spec.boundaryYear, converted: converted, shareChecks: shareChecks,
            shareMismatches: shareMismatches, suspicions: suspicions, footnotes: footnotes,
            sources: sources, makeFigures: { words in
                computer.figures(rows: rows, totals: totals, sums: sums, orders: orders ?? computer.rankOrders(),
                                 words: words)
            }, signs: CellSigns(rows, columns))
    }
}
