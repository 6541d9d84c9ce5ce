/// Finds the cells a figure draws in the computed tables, and lays them out as the categories and
/// series of a chart.
struct FigureCells {
    let tables: [String: ComputedTable]

    typealias Problem = FigureComputer.Problem

    /// The column of `table` holding `content` of `measure` (nil in a table with a row per measure).
    func column(_ table: ComputedTable, measure: String?, _ content: ColumnContent) throws -> Int {
        guard let index = table.columns.firstIndex(where: { $0.content == content && $0.measure?.measure == measure })
        else {
            throw Problem(measure == nil ? .figureNoColumn : .figureNoMeasureColumn,
                ["table": "\(table.id)", "column": "\(Self.describe(content))", "measure": "\(measure ?? "")"])
        }
        return index
    }

    static func describe(_ content: ColumnContent) -> String {
        switch content {
        case .period(let period): period.label
        case .changePercentage(let from, let to): "verschil \(from)–\(to) (%)"
        default: "\(content)"
        }
    }

    func value(_ table: ComputedTable, row: Int, column: Int) -> ChartValue {
        ChartValue(amount: table.rows[row].cells[column], format: table.columns[column].format,
                   cell: TableCellReference(table: table.id, row: row, column: column))
    }

    /// The percentage-change columns of a measure, as comparisons, in the table's order; a change
    /// figure of a table that shows none is a problem.
    func comparisons(_ table: ComputedTable, measure: String?) throws -> [ColumnContent] {
        let found = table.columns.filter { $0.measure?.measure == measure }.map(\.content).filter {
            if case .changePercentage = $0 { true } else { false }
        }
        if found.isEmpty { throw Problem(.figureNoChanges, ["table": "\(table.id)"]) }
        return found
    }

    static func label(_ content: ColumnContent) -> ChartLabel {
        if case .changePercentage(let from, let to) = content { return .comparison(from: from, to: to) }
        if case .period(let period) = content { return .period(period) }
        return .given(describe(content))
    }

    /// Series that are rows of tables, over the periods (or comparisons) the tables share.
    func series(_ figure: FigureSpec, specs: [TableSpec]) throws -> ChartData {
        guard let first = figure.series.first, let firstTable = tables[first.table],
              let firstSpec = specs.first(where: { $0.id == first.table }) else { throw Problem(.figureNoSeries) }
        let contents = figure.kind == .change ? try comparisons(firstTable, measure: first.measure)
            : (figure.periods ?? firstSpec.periods).map(ColumnContent.period)
        let series = try figure.series.map { item -> ChartSeries in
            guard let table = tables[item.table] else { throw Problem(.figureNoTable, ["table": "\(item.table)"]) }
            guard let row = table.rows.firstIndex(where: { $0.code == item.row && $0.kind != .sumOfRows }) else {
                throw Problem(.figureNoRow, ["table": "\(item.table)", "row": "\(item.row)"])
            }
            let values = try contents.map { content in
                value(table, row: row, column: try column(table, measure: item.measure, content))
            }
            var change: ChartValue?
            if figure.kind != .change, case .period(let from)? = contents.first, case .period(let to)? = contents.last,
               from != to {
                let comparison = ColumnContent.changePercentage(from: from, to: to)
                change = (try? column(table, measure: item.measure, comparison)).map {
                    value(table, row: row, column: $0)
                }
            }
            let measure = item.measure.map { id in
                ChartLabel.measure(MeasureReference(table: table.measuresFrom, measure: id))
            }
            let label = item.label.map(ChartLabel.given) ?? measure ?? .row(table: table.id, row: row)
            return Self.series(label, values, change: change)
        }
        return ChartData(categories: contents.map(Self.label), series: series, horizontal: false, ranks: [])
    }

    /// Bars per region row of a table: a series per measure and period (or comparison), or for a
    /// ranking the highest regions of one measure and period.
    func regions(_ figure: FigureSpec, table: ComputedTable, spec: TableSpec) throws -> ChartData {
        let rows = table.rows.indices.filter { table.rows[$0].kind == .region }
        let measures = figure.measures ?? spec.measures.map(\.id)
        var series: [(label: ChartLabel, column: Int)] = []
        for measure in measures {
            let contents = figure.kind == .change ? try comparisons(table, measure: measure)
                : (figure.periods ?? spec.periods).map(ColumnContent.period)
            let reference = ChartLabel.measure(MeasureReference(table: table.measuresFrom, measure: measure))
            for content in contents {
                // A series is named by what tells it apart; a ranking's one series by all it is.
                let label: ChartLabel = figure.kind == .ranking || (measures.count > 1 && contents.count > 1)
                    ? .joined([reference, Self.label(content)]) : measures.count > 1 ? reference : Self.label(content)
                series.append((label, try column(table, measure: measure, content)))
            }
        }
        var categories = rows
        var ranks: [Int] = []
        if figure.kind == .ranking, let only = series.first {
            let ranked = Ranking.competition(rows, value: { row in
                let amount = table.rows[row].cells[only.column]
                return amount.status == .ok || amount.status == .estimated ? amount : .missing
            }, name: { table.rows[$0].region?.name ?? "" })
            let shown = ranked.filter { $0.rank <= (figure.top ?? FigureSpec.defaultTop) }
            (categories, ranks) = (shown.map(\.item), shown.map(\.rank))
        }
        let drawn = series.map { label, column in
            Self.series(label, categories.map { value(table, row: $0, column: column) }, change: nil)
        }
        return ChartData(categories: categories.map { .row(table: table.id, row: $0) }, series: drawn, horizontal: true,
                         ranks: ranks)
    }

    static func series(_ label: ChartLabel, _ values: [ChartValue], change: ChartValue?) -> ChartSeries {
        let (highest, lowest) = extremes(values)
        return ChartSeries(label: label, values: values, highest: highest, lowest: lowest, change: change)
    }

    /// The indices of the highest and of the lowest drawable values (every index on a tie).
    static func extremes(_ values: [ChartValue?]) -> (highest: [Int], lowest: [Int]) {
        let drawable = values.indices.compactMap { index in
            values[index].flatMap { $0.isDrawable ? $0.amount.exact : nil }.map { (index, $0) }
        }
        guard let maximum = drawable.map(\.1).max(), let minimum = drawable.map(\.1).min() else { return ([], []) }
        return (drawable.filter { $0.1 == maximum }.map(\.0), drawable.filter { $0.1 == minimum }.map(\.0))
    }
}
