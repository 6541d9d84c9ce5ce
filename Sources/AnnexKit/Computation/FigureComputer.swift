/// Computes the figures of a report from its computed tables. A figure never computes a number of
/// its own: every value it draws is a cell of a table, found by its column (a period, or a
/// comparison for a change figure). What is computed here is what to draw: which cells, in which
/// order (rankings), in which map class, and which are the highest and the lowest.
enum FigureComputer {
    /// A problem with a figure that only shows once the tables are computed.
    struct Problem: Error {
        let reason: String
    }

    /// The figures of `spec`, numbered in the order the annex shows them: beside the first table
    /// they draw from, in the order of the spec within one table.
    static func compute(_ spec: ReportSpec, tables: [ComputedTable], inputs: ReportInputs) throws -> [Chart] {
        let byID = Dictionary(uniqueKeysWithValues: tables.map { ($0.id, $0) })
        let position = Dictionary(uniqueKeysWithValues: spec.tables.enumerated().map { ($1.id, $0) })
        let ordered = spec.figures.enumerated().sorted { a, b in
            (position[a.element.tables[0]] ?? 0, a.offset) < (position[b.element.tables[0]] ?? 0, b.offset)
        }.map(\.element)
        var charts: [Chart] = []
        var errors: [LoadError] = []
        for figure in ordered {
            do {
                let content = try self.content(figure, tables: byID, specs: spec.tables, inputs: inputs)
                charts.append(Chart(number: charts.count + 1, spec: figure, tables: figure.tables, content: content))
            } catch let problem as Problem {
                errors.append(LoadError(file: inputs.specPath, .invalidSpec(reason: "figuur '\(figure.id)': \(problem.reason)")))
            }
        }
        if !errors.isEmpty { throw LoadErrors(errors) }
        return charts
    }

    static func content(_ figure: FigureSpec, tables: [String: ComputedTable], specs: [TableSpec],
                        inputs: ReportInputs) throws -> ChartContent {
        let drawn = Drawn(tables: tables)
        if figure.kind == .map, let id = figure.table, let table = tables[id], let tableSpec = specs.first(where: { $0.id == id }) {
            return .map(try MapComputer(figure: figure, table: table, spec: tableSpec, drawn: drawn, inputs: inputs).map())
        }
        if let id = figure.table, let table = tables[id], let tableSpec = specs.first(where: { $0.id == id }) {
            return .chart(try drawn.regions(figure, table: table, spec: tableSpec))
        }
        return .chart(try drawn.series(figure, specs: specs))
    }
}

/// Finds the cells a figure draws in the computed tables.
struct Drawn {
    let tables: [String: ComputedTable]

    typealias Problem = FigureComputer.Problem

    /// The column of `table` holding `content` of `measure` (nil in a table with a row per measure).
    func column(_ table: ComputedTable, measure: String?, _ content: ColumnContent) throws -> Int {
        guard let index = table.columns.firstIndex(where: { $0.content == content && $0.measure?.measure == measure }) else {
            throw Problem(reason: "tabel '\(table.id)' toont geen kolom \(Self.describe(content))\(measure.map { " van \($0)" } ?? "")")
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

    /// The percentage-change columns of a measure, as comparisons, in the table's order.
    func comparisons(_ table: ComputedTable, measure: String?) -> [ColumnContent] {
        table.columns.filter { $0.measure?.measure == measure }.map(\.content).filter {
            if case .changePercentage = $0 { true } else { false }
        }
    }

    static func label(_ content: ColumnContent) -> ChartLabel {
        if case .changePercentage(let from, let to) = content { return .comparison(from: from, to: to) }
        if case .period(let period) = content { return .period(period) }
        return .given(describe(content))
    }

    /// Series that are rows of tables, over the periods (or comparisons) the tables share.
    func series(_ figure: FigureSpec, specs: [TableSpec]) throws -> ChartData {
        guard let first = figure.series.first, let firstTable = tables[first.table],
              let firstSpec = specs.first(where: { $0.id == first.table }) else { throw Problem(reason: "geen series") }
        let contents = figure.kind == .change ? comparisons(firstTable, measure: first.measure)
            : (figure.periods ?? firstSpec.periods).map(ColumnContent.period)
        let series = try figure.series.map { item -> ChartSeries in
            guard let table = tables[item.table] else { throw Problem(reason: "tabel '\(item.table)' bestaat niet") }
            guard let row = table.rows.firstIndex(where: { $0.code == item.row && $0.kind != .sumOfRows }) else {
                throw Problem(reason: "tabel '\(item.table)' heeft geen rij '\(item.row)'")
            }
            let values = try contents.map { value(table, row: row, column: try column(table, measure: item.measure, $0)) }
            var change: ChartValue?
            if figure.kind != .change, case .period(let from)? = contents.first, case .period(let to)? = contents.last, from != to,
               let index = try? column(table, measure: item.measure, .changePercentage(from: from, to: to)) {
                change = value(table, row: row, column: index)
            }
            let label = item.label.map(ChartLabel.given)
                ?? item.measure.map { .measure(MeasureReference(table: table.measuresFrom, measure: $0)) } ?? .row(table: table.id, row: row)
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
            let contents = figure.kind == .change ? comparisons(table, measure: measure)
                : (figure.periods ?? spec.periods).map(ColumnContent.period)
            let reference = ChartLabel.measure(MeasureReference(table: table.measuresFrom, measure: measure))
            for content in contents {
                let label = measures.count == 1 ? Self.label(content)
                    : contents.count == 1 ? reference : .joined([reference, Self.label(content)])
                series.append((figure.kind == .ranking ? .joined([reference, Self.label(content)]) : label,
                               try column(table, measure: measure, content)))
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
        return ChartData(categories: categories.map { .row(table: table.id, row: $0) }, series: series.map { label, column in
            Self.series(label, categories.map { value(table, row: $0, column: column) }, change: nil)
        }, horizontal: true, ranks: ranks)
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
