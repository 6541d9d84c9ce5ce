extension ComputedTable {
    /// The measures of the table's columns in the order they first appear (nil: the columns every
    /// measure shares in a table with one row per measure).
    var columnMeasures: [MeasureReference?] {
        columns.reduce(into: []) { measures, column in
            if !measures.contains(column.measure) { measures.append(column.measure) }
        }
    }

    /// The columns of `measure` holding its figures, one per period, in order.
    func periodColumns(of measure: MeasureReference?) -> [(index: Int, period: Period)] {
        columns.indices.compactMap { index in
            guard columns[index].measure == measure, case .period(let period) = columns[index].content else {
                return nil
            }
            return (index, period)
        }
    }

    /// The column of the latest change of `measure`: its last period against the one before, in
    /// percent where the table has it, else in the measure's unit; nil when there is none.
    func latestChangeColumn(of measure: MeasureReference?) -> (index: Int, earlier: Period)? {
        let periods = periodColumns(of: measure).map(\.period)
        guard let last = periods.last, let earlier = periods.dropLast().last else { return nil }
        func find(_ percentage: Bool) -> Int? {
            columns.indices.first { index in
                guard columns[index].measure == measure else { return false }
                switch columns[index].content {
                case .changePercentage(let from, let to): return percentage && from == earlier && to == last
                case .change(let from, let to): return !percentage && from == earlier && to == last
                default: return false
                }
            }
        }
        return (find(true) ?? find(false)).map { ($0, earlier) }
    }
}
