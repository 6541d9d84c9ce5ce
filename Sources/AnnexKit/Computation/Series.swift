/// The statistics of one row and measure across the periods of a table, appended as cells after its
/// counts in the order of the measure's columns (`append`). No list is made per statistic: a table
/// of a million rows makes its rows again at every pass over them. A series, as the figure records
/// read it, is a view of such cells by the plan they were appended with: a computed row's (`TableRow.cells`,
/// a measure's columns from `start`), or cells of every statistic made for the records alone.
struct Series {
    /// Pairs of period indices compared: consecutive periods, then the base period with the last.
    struct Comparison {
        let earlier: Int
        let later: Int
    }

    /// Which statistics a measure's columns show beside its counts.
    struct Plan {
        let change: Bool
        let changePct: Bool
        let share: Bool
        let rate: Bool

        /// The cells a measure's columns take by this plan: its counts, then its statistics.
        func width(periods: Int, comparisons: Int) -> Int {
            periods * (1 + (share ? 1 : 0) + (rate ? 1 : 0)) + comparisons * perComparison
        }

        /// The cells per comparison: the change and the percentage change, as planned.
        var perComparison: Int { (change ? 1 : 0) + (changePct ? 1 : 0) }
    }

    /// Every statistic, whatever the table's columns show.
    static let everything = Plan(change: true, changePct: true, share: true, rate: true)

    /// The cells the series is read from: its counts from `start`, then its statistics in `append`'s order by
    /// `plan`.
    private let cells: [Amount]
    private let start: Int
    private let plan: Plan
    private let periodCount: Int
    private let comparisonCount: Int

    init(cells: [Amount], start: Int = 0, plan: Plan = everything, periods: Int, comparisons: Int) {
        self.cells = cells
        self.start = start
        self.plan = plan
        periodCount = periods
        comparisonCount = comparisons
    }

    /// The statistics, each planned (a statistic the plan leaves out is not in the cells).
    func change(_ comparison: Int) -> Amount { cells[start + periodCount + plan.perComparison * comparison] }
    func changePercentage(_ comparison: Int) -> Amount {
        cells[start + periodCount + plan.perComparison * comparison + (plan.change ? 1 : 0)]
    }
    func share(_ period: Int) -> Amount { cells[start + periodCount + plan.perComparison * comparisonCount + period] }
    func rate(_ period: Int) -> Amount {
        cells[start + periodCount + plan.perComparison * comparisonCount + (plan.share ? periodCount : 0) + period]
    }

    /// Appends to `cells` the statistics of the counts at `counts` in it, by `plan`: per comparison the
    /// change and the percentage change, the shares of `totals` per period (not applicable without
    /// them), the rates per 10.000 `inhabitants` per period (not applicable without them).
    static func append(statisticsOf counts: Range<Int>, comparisons: [Comparison], plan: Plan, totals: [Amount]?,
                       inhabitants: [Amount]?, in cells: inout [Amount]) {
        let first = counts.lowerBound
        for comparison in comparisons {
            let (earlier, later) = (cells[first + comparison.earlier], cells[first + comparison.later])
            if plan.change { cells.append(Arithmetic.change(from: earlier, to: later)) }
            if plan.changePct { cells.append(Arithmetic.changePercentage(from: earlier, to: later)) }
        }
        if plan.share {
            for period in 0..<counts.count {
                cells.append(totals.map { Arithmetic.sharePercentage(cells[first + period], of: $0[period]) }
                    ?? .notApplicable)
            }
        }
        if plan.rate {
            for period in 0..<counts.count {
                cells.append(inhabitants.map { Arithmetic.ratio(cells[first + period], to: $0[period], per: 10_000) }
                    ?? .notApplicable)
            }
        }
    }

    /// The comparisons a table makes: each period with the one before, and the last with the
    /// base period when that is not already the previous one.
    static func comparisons(periods: [Period], base: Period?) -> [Comparison] {
        var result = periods.indices.dropFirst().map { Comparison(earlier: $0 - 1, later: $0) }
        if let base, let index = periods.firstIndex(of: base), index < periods.count - 2 {
            result.append(Comparison(earlier: index, later: periods.count - 1))
        }
        return result
    }
}
