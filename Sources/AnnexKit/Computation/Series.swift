/// The statistics of one row and measure across the periods of a table.
struct Series {
    /// Pairs of period indices compared: consecutive periods, then the base period with the last.
    struct Comparison {
        let earlier: Int
        let later: Int
    }

    let counts: [Amount]
    let changes: [Amount]
    let changePercentages: [Amount]
    /// Share per period of the total the table compares with (national total or total measure).
    let shares: [Amount]
    /// Per period, the count per 10.000 inhabitants (not applicable without inhabitants).
    let rates: [Amount]

    init(counts: [Amount], comparisons: [Comparison], totals: [Amount]?, inhabitants: [Amount]? = nil) {
        self.counts = counts
        changes = comparisons.map { Arithmetic.change(from: counts[$0.earlier], to: counts[$0.later]) }
        changePercentages = comparisons.map {
            Arithmetic.changePercentage(from: counts[$0.earlier], to: counts[$0.later])
        }
        if let totals {
            shares = zip(counts, totals).map { Arithmetic.sharePercentage($0, of: $1) }
        } else {
            shares = counts.map { _ in .notApplicable }
        }
        rates = inhabitants.map { zip(counts, $0).map { Arithmetic.ratio($0, to: $1, per: 10_000) } }
            ?? counts.map { _ in .notApplicable }
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
