/// The kind of number in a figure record.
public enum Statistic: String, Sendable, CaseIterable {
    /// A figure as published (or corrected with evidence).
    case count
    /// Difference with the period in `compared_to`.
    case change
    /// Percentage change relative to the period in `compared_to`.
    case changePct = "change_pct"
    /// Percentage of the total named in `compared_to`: a region code (`NL`) or a measure id.
    case sharePct = "share_pct"
    /// Position among the regions of the table, 1 = highest (ties share a position).
    case rank
    /// Sum of the regions' figures, to compare with the published national total.
    case sumOfRows = "sum_of_rows"
    /// A figure per a number of units of another figure (per 100 notifications); `compared_to`
    /// names the denominator as `table/measure`.
    case ratio
    /// The count per 10.000 inhabitants of the region (`compared_to`: `inwoners`).
    case ratePer10000 = "rate_per_10000"
}

/// One row of `figures.csv`: a figure or derived statistic with its provenance.
public struct FigureRecord: Sendable, Hashable {
    public let table: String
    public let region: Region
    public let measure: String
    public let period: String
    public let statistic: Statistic
    public let comparedTo: String
    public let amount: Amount
    /// What the figure cites, held as its parts (`figures.csv` and `figures.json` are written from them).
    public let citation: FigureCitation
    /// Where a count was read: its source lines as fields (nil for derived statistics).
    public let provenance: Provenance?

    init(table: String, region: Region, measure: String, period: String, statistic: Statistic, comparedTo: String,
         amount: Amount, citation: FigureCitation, provenance: Provenance? = nil) {
        (self.table, self.region, self.measure, self.period) = (table, region, measure, period)
        (self.statistic, self.comparedTo, self.amount, self.citation, self.provenance)
            = (statistic, comparedTo, amount, citation, provenance)
    }

    /// A figure that cites `source`, a text made whole.
    init(table: String, region: Region, measure: String, period: String, statistic: Statistic, comparedTo: String,
         amount: Amount, source: String, provenance: Provenance? = nil) {
        self.init(table: table, region: region, measure: measure, period: period, statistic: statistic,
                  comparedTo: comparedTo, amount: amount, citation: FigureCitation(source), provenance: provenance)
    }

    /// The citation of `figures.csv`'s `source` column as text, made when asked for.
    public var source: String { citation.text }

    /// Whether `first` and `second` are figures of the same table, region and measure (the first fields of a row
    /// of `figures.csv`); read in place, neither record copied.
    static func shareRow(_ first: UnsafePointer<FigureRecord>, _ second: UnsafePointer<FigureRecord>) -> Bool {
        first.pointee.table == second.pointee.table && first.pointee.region == second.pointee.region
            && first.pointee.measure == second.pointee.measure
    }

    /// The column names of `figures.csv`, in order.
    public static let columns = ["table", "region_type", "region_code", "region_name", "measure", "period",
                                 "statistic", "compared_to", "value", "status", "source"]
}
