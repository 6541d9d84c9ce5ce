/// Computes a table of the annex from its dataset: derived statistics, rows and columns for
/// rendering, total checks, rankings and the figure records.
struct TableComputer {
    let spec: TableSpec
    let dataset: Dataset
    let comparisons: [Series.Comparison]
    let showShares: Bool
    /// Inhabitants per row and period, when a population table was supplied for a table per region.
    let inhabitants: [[Amount]]?

    init(spec: TableSpec, dataset: Dataset, population: Population? = nil, gazetteer: Gazetteer? = nil) {
        self.spec = spec
        self.dataset = dataset
        comparisons = Series.comparisons(periods: dataset.periods, base: spec.basePeriod)
        let hasParts = dataset.measures.contains { $0.partOf != nil }
        showShares = spec.columns.share && (spec.layout == .regions || hasParts)
        if let population, let gazetteer, spec.layout == .regions {
            inhabitants = dataset.regions.map { region in
                dataset.periods.map { period in
                    Int(period.label).map { population.inhabitants(of: region, in: $0, gazetteer: gazetteer) } ?? .missing
                }
            }
        } else {
            inhabitants = nil
        }
    }

    var periods: [Period] { dataset.periods }
    var measures: [Measure] { dataset.measures }

    func counts(row: Int, measure: Int) -> [Amount] {
        periods.indices.map { dataset[row, measure, $0].amount }
    }

    /// Per measure and period: the strict sum of the region rows.
    var sumsOfRows: [[Amount]] {
        let rows = dataset.subnationalRows
        return measures.indices.map { m in periods.indices.map { p in Arithmetic.sum(rows.map { dataset[$0, m, p].amount }) } }
    }

    /// Per measure and period: the total a region's share is taken of (published, else the sum of rows).
    func nationalTotals(sums: [[Amount]]) -> [[Amount]] {
        guard let national = dataset.nationalRow else { return sums }
        return measures.indices.map { counts(row: national, measure: $0) }
    }

    func series(row: Int, measure: Int, totals: [[Amount]]) -> Series {
        let counts = counts(row: row, measure: measure)
        switch spec.layout {
        case .regions:
            let isNational = dataset.regions[row].type == .land
            return Series(counts: counts, comparisons: comparisons, totals: isNational ? nil : totals[measure],
                          inhabitants: inhabitants?[row])
        case .measures:
            let total = measures[measure].partOf.flatMap { id in measures.firstIndex { $0.id == id } }
            return Series(counts: counts, comparisons: comparisons, totals: total.map { self.counts(row: row, measure: $0) })
        }
    }

    // MARK: Columns and rows

    /// The table whose spec names the measures: an aggregated table shows the measures of the table it adds up.
    var measuresFrom: String { spec.aggregate?.from ?? spec.id }

    var columns: [TableColumn] {
        switch spec.layout {
        case .regions: measures.flatMap { columns(measure: MeasureReference(table: measuresFrom, measure: $0.id)) }
        case .measures: columns(measure: nil)
        }
    }

    private func columns(measure: MeasureReference?) -> [TableColumn] {
        func column(_ content: ColumnContent, _ format: CellFormat) -> TableColumn {
            TableColumn(measure: measure, content: content, format: format)
        }
        var result = periods.map { column(.period($0), .count) }
        for comparison in comparisons {
            let (from, to) = (periods[comparison.earlier], periods[comparison.later])
            if spec.columns.change { result.append(column(.change(from: from, to: to), .change)) }
            if spec.columns.changePct { result.append(column(.changePercentage(from: from, to: to), .percentageChange)) }
        }
        if showShares {
            result += periods.map { column(measure == nil ? .shareOfTotal($0) : .shareOfNational($0), .percentage) }
        }
        if inhabitants != nil {
            result += periods.map { column(.ratePer10000($0), .ratio) }
        }
        return result
    }

    private func cells(_ series: Series) -> [Amount] {
        var result = series.counts
        for index in comparisons.indices {
            if spec.columns.change { result.append(series.changes[index]) }
            if spec.columns.changePct { result.append(series.changePercentages[index]) }
        }
        if showShares { result += series.shares }
        if inhabitants != nil { result += series.rates }
        return result
    }

    /// The rows of the table; the sum of the rows is shown when there is no published total or it
    /// certainly differs (`discrepancies`).
    func rows(totals: [[Amount]], sums: [[Amount]], discrepancies: [TotalDiscrepancy]) -> [TableRow] {
        switch spec.layout {
        case .measures:
            guard let national = dataset.nationalRow else { return [] }
            return measures.indices.map { m in
                TableRow(kind: .measure, code: measures[m].id, region: nil,
                         cells: cells(series(row: national, measure: m, totals: totals)))
            }
        case .regions:
            var result = dataset.subnationalRows.map { row in
                TableRow(kind: .region, code: dataset.regions[row].code, region: dataset.regions[row],
                         cells: measures.indices.flatMap { cells(series(row: row, measure: $0, totals: totals)) })
            }
            let national = dataset.nationalRow
            if national == nil || discrepancies.contains(where: \.isProven) {
                result.append(TableRow(kind: .sumOfRows, code: "", region: nil, cells: measures.indices.flatMap {
                    cells(Series(counts: sums[$0], comparisons: comparisons, totals: nil))
                }))
            }
            if let national {
                result.append(TableRow(kind: .publishedTotal, code: Region.netherlands.code, region: dataset.regions[national],
                                       cells: measures.indices.flatMap { cells(series(row: national, measure: $0, totals: totals)) }))
            }
            return result
        }
    }

    // MARK: Checks and rankings

    func discrepancies(sums: [[Amount]]) -> [TotalDiscrepancy] {
        var result: [TotalDiscrepancy] = []
        guard let national = dataset.nationalRow else { return result }
        let rows = dataset.subnationalRows
        for m in measures.indices {
            for p in periods.indices {
                guard let published = dataset[national, m, p].amount.exact else { continue }
                // An aggregated table adds up the same rows as its source table, which is checked already;
                // a table of published shares takes its national row from another table.
                if spec.layout == .regions && spec.aggregate == nil && spec.shares == nil && !rows.isEmpty {
                    let amounts = rows.map { (dataset.regions[$0].name, dataset[$0, m, p].amount) }
                    if let discrepancy = check(published: published, against: amounts, kind: .rows, m: m, p: p) {
                        result.append(discrepancy)
                    }
                }
                let parts = measures.indices.filter { measures[$0].partOf == measures[m].id }
                if measures[m].partsAddUp && !parts.isEmpty {
                    let amounts = parts.map { (measures[$0].id, dataset[national, $0, p].amount) }
                    let kind = TotalDiscrepancy.Kind.parts(total: measures[m], parts: parts.map { measures[$0] })
                    if let discrepancy = check(published: published, against: amounts, kind: kind, m: m, p: p) {
                        result.append(discrepancy)
                    }
                }
            }
        }
        return result
    }

    private func check(published: Exact, against amounts: [(String, Amount)], kind: TotalDiscrepancy.Kind,
                       m: Int, p: Int) -> TotalDiscrepancy? {
        let known = amounts.compactMap(\.1.exact).reduce(Exact(0), +)
        let lacking = amounts.filter { $0.1.status.isGap }.map(\.0)
        guard known != published else { return nil }
        return TotalDiscrepancy(kind: kind, measure: measures[m], period: periods[p], published: published,
                                sumOfKnown: known, withoutFigure: lacking)
    }

    /// The rank order per measure and period (`orders[m][p]`), computed once for the rankings and the
    /// rank figures; empty for tables that are not per region.
    func rankOrders() -> [[[Ranking.Entry]]] {
        guard spec.layout == .regions else { return [] }
        return measures.indices.map { m in periods.indices.map { rankEntries(measure: m, period: $0) } }
    }

    func rankings(_ orders: [[[Ranking.Entry]]]) -> [Ranking] {
        guard spec.layout == .regions, spec.top > 0 else { return [] }
        var result: [Ranking] = []
        for m in measures.indices {
            for p in periods.indices {
                let entries = orders[m][p].filter { $0.rank <= spec.top }
                let unranked = dataset.subnationalRows.filter { dataset[$0, m, p].status.isGap }
                result.append(Ranking(measure: measures[m], period: periods[p], entries: entries, unranked: unranked.count))
            }
        }
        return result
    }

    /// Competition ranking (1, 2, 2, 4) of the regions with a counted or estimated figure, highest
    /// first; ties in name order. Incomplete sums are lower bounds and are not ranked.
    func rankEntries(measure m: Int, period p: Int) -> [Ranking.Entry] {
        let valued = dataset.subnationalRows.compactMap { row -> (region: Region, value: Exact, estimated: Bool)? in
            let amount = dataset[row, m, p].amount
            guard amount.status == .ok || amount.status == .estimated, let value = amount.exact else { return nil }
            return (dataset.regions[row], value, amount.status == .estimated)
        }.sorted { ($0.value, $1.region.name) > ($1.value, $0.region.name) }
        var entries: [Ranking.Entry] = []
        for (index, item) in valued.enumerated() {
            let rank = index > 0 && valued[index - 1].value == item.value ? entries[index - 1].rank : index + 1
            entries.append(Ranking.Entry(rank: rank, region: item.region, value: item.value, estimated: item.estimated))
        }
        return entries
    }
}
