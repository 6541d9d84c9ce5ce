/// Computes a table of the annex from its dataset: derived statistics, rows and columns for
/// rendering, total checks, rankings and the figure records.
struct TableComputer {
    let spec: TableSpec
    let dataset: Dataset
    let comparisons: [Series.Comparison]
    /// Whether a table of measures has categories of a total, whose shares it shows.
    let hasParts: Bool
    /// Inhabitants per row and period, when a population table was supplied for a table per region.
    let inhabitants: [[Amount]]?

    init(spec: TableSpec, dataset: Dataset, population: Population? = nil, gazetteer: Gazetteer? = nil) {
        self.spec = spec
        self.dataset = dataset
        comparisons = Series.comparisons(periods: dataset.periods, base: spec.basePeriod)
        hasParts = dataset.measures.contains { $0.partOf != nil }
        if let population, let gazetteer, spec.layout == .regions {
            inhabitants = dataset.regions.map { region in
                dataset.periods.map { period in
                    Int(period.label).map { population.inhabitants(of: region, in: $0, gazetteer: gazetteer) }
                        ?? .missing
                }
            }
        } else {
            inhabitants = nil
        }
    }

    var periods: [Period] { dataset.periods }
    var measures: [Measure] { dataset.measures }

    func counts(row: Int, measure: Int) -> [Amount] {
        periods.indices.map { dataset.amount(row: row, measure: measure, period: $0) }
    }

    /// The columns of `measure`: as the spec switches them, where they mean something for its kind.
    func plan(_ measure: Measure) -> Series.Plan {
        Series.Plan(change: spec.columns.change,
                    changePct: (spec.columns.changePct ?? true) && measure.kind != .percentage,
                    share: (spec.columns.share ?? true) && measure.kind.isAdditive
                        && (spec.layout == .regions || hasParts),
                    rate: inhabitants != nil && measure.kind.isAdditive)
    }

    /// Whether a region's share is taken of the national figure (a published total), not of the
    /// sum of the table's rows.
    var sharesOfNational: Bool { dataset.nationalRow != nil }

    /// What `figures.csv` names as the total of a region's share: `NL` or `sum_of_rows`.
    var shareBase: String { sharesOfNational ? Region.netherlands.code : Statistic.sumOfRows.rawValue }

    /// Per measure and period: the strict sum of the region rows; not applicable for a measure that
    /// cannot be added up.
    var sumsOfRows: [[Amount]] {
        let rows = dataset.subnationalRows
        return measures.indices.map { m in
            periods.indices.map { p in
                guard measures[m].kind.isAdditive else { return .notApplicable }
                return Arithmetic.sum(rows.map { dataset.amount(row: $0, measure: m, period: p) })
            }
        }
    }

    /// Per measure and period: the total a region's share is taken of (published, else the sum of rows).
    func nationalTotals(sums: [[Amount]]) -> [[Amount]] {
        guard let national = dataset.nationalRow else { return sums }
        return measures.indices.map { counts(row: national, measure: $0) }
    }

    /// Appends the cells of the dataset's row `row` and `measure` (its counts, then its statistics by
    /// `plan`) to `cells`.
    func appendCells(row: Int, measure: Int, plan: Series.Plan, totals: [[Amount]], to cells: inout [Amount]) {
        var shareTotals: [Amount]?
        switch spec.layout {
        case .regions:
            if dataset.regions.type(at: row) != .land { shareTotals = totals[measure] }
        case .measures:
            shareTotals = measures[measure].partOf.flatMap { id in measures.firstIndex { $0.id == id } }
                .map { counts(row: row, measure: $0) }
        }
        let start = cells.count
        for period in periods.indices { cells.append(dataset.amount(row: row, measure: measure, period: period)) }
        Series.append(statisticsOf: start..<cells.count, comparisons: comparisons, plan: plan, totals: shareTotals,
                      inhabitants: inhabitants?[row], in: &cells)
    }

    /// The counts and statistics of the dataset's row `row` and `measure` that the figure records read: the
    /// `computed` cells of the row the table shows (from where the measure's begin) by the `plan` of its columns
    /// when they hold them all (`recordPlans`), else every statistic computed here.
    func series(row: Int, measure: Int, totals: [[Amount]], computed: (cells: [Amount], start: Int)?,
                plan: Series.Plan?) -> Series {
        if let computed, let plan {
            return Series(cells: computed.cells, start: computed.start, plan: plan, periods: periods.count,
                          comparisons: comparisons.count)
        }
        var cells: [Amount] = []
        appendCells(row: row, measure: measure, plan: Series.everything, totals: totals, to: &cells)
        return Series(cells: cells, periods: periods.count, comparisons: comparisons.count)
    }

    /// Per measure, the plan of its columns when they hold every statistic its figure records read (the changes,
    /// the percentage changes of a measure that is no percentage, the shares of one that adds up; the rates are
    /// planned as they are read); nil when the records compute them again.
    var recordPlans: [Series.Plan?] {
        measures.map { measure in
            let plan = plan(measure)
            let holdsAll = plan.change && (plan.changePct || measure.kind == .percentage)
                && (plan.share || !measure.kind.isAdditive)
            return holdsAll ? plan : nil
        }
    }

    /// Where each measure's cells begin in a row of a table per region (`regionCells`): after the columns of the
    /// measures before it.
    var measureStarts: [Int] {
        var start = 0
        return measures.map { measure in
            defer { start += plan(measure).width(periods: periods.count, comparisons: comparisons.count) }
            return start
        }
    }

    // MARK: Columns and rows

    /// The table whose spec names the measures: an aggregated table shows the measures of the table it adds up.
    var measuresFrom: String { spec.aggregate?.from ?? spec.id }

    var columns: [TableColumn] {
        switch spec.layout {
        case .regions: measures.flatMap { columns($0, shown: true) }
        // One row per measure: the columns are shared, and the spec loader made every measure of one kind.
        case .measures: columns(measures[0], shown: false)
        }
    }

    /// The columns of `measure`; `shown`: whether the header names the measure.
    private func columns(_ measure: Measure, shown: Bool) -> [TableColumn] {
        let reference = MeasureReference(table: measuresFrom, measure: measure.id)
        let plan = plan(measure)
        func column(_ content: ColumnContent, _ format: CellFormat, _ unit: ColumnUnit? = nil) -> TableColumn {
            TableColumn(measure: shown ? reference : nil, content: content, format: format, unit: unit)
        }
        let unit = measure.unit.map { _ in ColumnUnit.measure(reference) }
        let valueUnit: ColumnUnit? = measure.kind == .percentage ? .percent : unit
        let changeUnit: ColumnUnit? = measure.kind == .percentage ? .percentagePoints : unit
        var result = periods.map { column(.period($0), measure.valueFormat, valueUnit) }
        for comparison in comparisons {
            let (from, to) = (periods[comparison.earlier], periods[comparison.later])
            if plan.change { result.append(column(.change(from: from, to: to), measure.changeFormat, changeUnit)) }
            if plan.changePct { result.append(column(.changePercentage(from: from, to: to), .percentageChange)) }
        }
        if plan.share {
            result += periods.map { period -> TableColumn in
                let content: ColumnContent = spec.layout == .measures ? .shareOfTotal(period)
                    : sharesOfNational ? .shareOfNational(period, table: spec.id)
                    : .shareOfTable(period, table: spec.id)
                return column(content, .percentage)
            }
        }
        if plan.rate {
            result += periods.map { column(.ratePer10000($0), .ratio) }
        }
        return result
    }

    /// The cells of `measure`'s columns in the sum of the rows, from the sums per period.
    private func sumCells(_ sums: [Amount], _ measure: Measure) -> [Amount] {
        var cells = sums
        Series.append(statisticsOf: cells.indices, comparisons: comparisons, plan: plan(measure), totals: nil,
                      inhabitants: nil, in: &cells)
        return cells
    }

    /// The rows of the table; the sum of the rows is shown when there is no published total or it
    /// certainly differs (`discrepancies`). A region row is made from the dataset when it is read.
    func rows(totals: [[Amount]], sums: [[Amount]], discrepancies: [TotalDiscrepancy]) -> TableRows {
        switch spec.layout {
        case .measures:
            guard let national = dataset.nationalRow else { return TableRows([]) }
            return TableRows(measures.indices.map { m in
                var cells: [Amount] = []
                appendCells(row: national, measure: m, plan: plan(measures[m]), totals: totals, to: &cells)
                return TableRow(kind: .measure, code: measures[m].id, region: nil, cells: cells)
            })
        case .regions:
            var held: [TableRow] = []
            let width = columns.count, plans = measures.map(plan)
            let national = dataset.nationalRow
            let additive = measures.contains { $0.kind.isAdditive }
            let totalNeeded = national == nil || discrepancies.contains(where: \.isProven)
            if additive && spec.columns.total != false && totalNeeded {
                held.append(TableRow(kind: .sumOfRows, code: "", region: nil, cells: measures.indices.flatMap {
                    sumCells(sums[$0], measures[$0])
                }))
            }
            if let national {
                // The national row of a table of averages or percentages is the national figure, no total.
                held.append(TableRow(kind: additive ? .publishedTotal : .national, code: Region.netherlands.code,
                                     region: dataset.regions[national],
                                     cells: regionCells(national, plans: plans, totals: totals, count: width)))
            }
            let subnational = dataset.subnationalRows
            return TableRows(count: subnational.count, kind: .region, make: { [self] index in
                let row = subnational[index], region = dataset.regions[row]
                return TableRow(kind: .region, code: region.code, region: region,
                                cells: regionCells(row, plans: plans, totals: totals, count: width))
            }, then: held)
        }
    }

    /// The cells of the dataset's row `row` in a table per region: every measure's columns in turn.
    private func regionCells(_ row: Int, plans: [Series.Plan], totals: [[Amount]], count: Int) -> [Amount] {
        var result: [Amount] = []
        result.reserveCapacity(count)
        for m in measures.indices { appendCells(row: row, measure: m, plan: plans[m], totals: totals, to: &result) }
        return result
    }

    // MARK: Checks and rankings

    func discrepancies(sums: [[Amount]]) -> [TotalDiscrepancy] {
        var result: [TotalDiscrepancy] = []
        guard let national = dataset.nationalRow else { return result }
        let rows = dataset.subnationalRows
        for m in measures.indices where measures[m].kind.isAdditive {
            for p in periods.indices {
                guard let published = dataset.amount(row: national, measure: m, period: p).exact else { continue }
                // An aggregated table adds up the same rows as its source table, which is checked already;
                // a table of published shares takes its national row from another table.
                if spec.layout == .regions && spec.aggregate == nil && spec.shares == nil && !rows.isEmpty {
                    let amounts = rows.map {
                        (dataset.regions[$0].name, dataset.amount(row: $0, measure: m, period: p))
                    }
                    if let discrepancy = check(published: published, against: amounts, kind: .rows, m: m, p: p) {
                        result.append(discrepancy)
                    }
                }
                let parts = measures.indices.filter { measures[$0].partOf == measures[m].id }
                if measures[m].partsAddUp && !parts.isEmpty {
                    let amounts = parts.map {
                        (measures[$0].id, dataset.amount(row: national, measure: $0, period: p))
                    }
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
                result.append(
                    Ranking(measure: measures[m], period: periods[p], entries: entries, unranked: unranked.count))
            }
        }
        return result
    }

    /// Competition ranking (1, 2, 2, 4) of the regions with a counted or estimated figure, highest
    /// first; ties in name order. Incomplete sums are lower bounds and are not ranked.
    func rankEntries(measure m: Int, period p: Int) -> [Ranking.Entry] {
        let valued = dataset.subnationalRows.compactMap { row -> (row: Int, region: Region, amount: Amount)? in
            let amount = dataset.amount(row: row, measure: m, period: p)
            return amount.status == .ok || amount.status == .estimated ? (row, dataset.regions[row], amount) : nil
        }
        return Ranking.competition(valued, value: \.amount, name: \.region.name).map { item, rank in
            Ranking.Entry(rank: rank, region: item.region, value: item.amount.exact!,
                          estimated: item.amount.status == .estimated, row: item.row)
        }
    }
}
