import Foundation

/// Thresholds for suspicions about a published table; a report spec may set them.
public struct SuspicionThresholds: Sendable, Decodable {
    /// A region holding at least this percentage of the national total is suspicious.
    public var nationalSharePct: Exact = 25
    /// A change by at least this factor (up or down) between consecutive periods is suspicious…
    public var jumpFactor: Exact = 3
    /// …when the larger of the two values is at least this.
    public var jumpMinimum: Exact = 100

    enum CodingKeys: String, CodingKey, CaseIterable {
        case nationalSharePct = "national_share_pct"
        case jumpFactor = "jump_factor"
        case jumpMinimum = "jump_minimum"
    }

    public init() {}

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SuspicionThresholds()
        nationalSharePct = try container.decodeIfPresent(Exact.self, forKey: .nationalSharePct)
            ?? defaults.nationalSharePct
        jumpFactor = try container.decodeIfPresent(Exact.self, forKey: .jumpFactor) ?? defaults.jumpFactor
        jumpMinimum = try container.decodeIfPresent(Exact.self, forKey: .jumpMinimum) ?? defaults.jumpMinimum
    }
}

/// A sign that a published table was damaged before it reached us: reported with its evidence,
/// never corrected automatically.
public struct Suspicion: Sendable, Hashable {
    /// What was found, with the numbers that show it.
    public enum Evidence: Sendable, Hashable {
        /// A row equals the sum of all other rows: a total printed as a region.
        case equalsSumOfOthers(value: Exact)
        /// A row equals a published total of the table.
        case equalsTotal(value: Exact)
        /// One region holds a national-sized share (`value` of `total`).
        case nationalSized(value: Exact, total: Exact)
        /// An implausible change from `before` in `earlier` to `value`.
        case jump(before: Exact, earlier: Period, value: Exact)
        /// A run of rows whose `earlier` values fit the neighbouring row better than their own;
        /// `shift` 1: the column slid one row down, -1: up.
        case shiftedRows(earlier: Period, shift: Int)
    }

    public let evidence: Evidence
    public let measure: Measure
    public let period: Period
    public let regions: [String]

    /// What was found, without the numbers.
    public enum Kind: Sendable, Hashable {
        case equalsSumOfOthers, equalsTotal, nationalSized, jump, shiftedRows
    }

    public var kind: Kind {
        switch evidence {
        case .equalsSumOfOthers: .equalsSumOfOthers
        case .equalsTotal: .equalsTotal
        case .nationalSized: .nationalSized
        case .jump: .jump
        case .shiftedRows: .shiftedRows
        }
    }
}

/// Looks for damage in a published table of regions with a national row.
public enum TableSuspicions {
    public static func find(in dataset: Dataset, thresholds: SuspicionThresholds = SuspicionThresholds()) -> [Suspicion]
    {
        var result: [Suspicion] = []
        let rows = dataset.subnationalRows
        guard !rows.isEmpty else { return [] }
        let national = dataset.nationalRow
        let totals = Set(national.map { row in
            dataset.measures.indices.flatMap { m in
                dataset.periods.indices.compactMap { dataset[row, m, $0].amount.exact }
            }
        } ?? [])
        for (m, measure) in dataset.measures.enumerated() {
            for (p, period) in dataset.periods.enumerated() {
                // Read per row, not listed: a table of a million rows would hold its column twice more.
                func value(_ row: Int) -> Exact? { dataset.amount(row: row, measure: m, period: p).exact }
                let sum = rows.reduce(Exact(0)) { sum, row in value(row).map { sum + $0 } ?? sum }
                let total = national.flatMap(value)
                for row in rows {
                    guard let value = value(row), value > 0 else { continue }
                    func add(_ evidence: Suspicion.Evidence) {
                        result.append(Suspicion(evidence: evidence, measure: measure, period: period,
                                                regions: [dataset.regions[row].name]))
                    }
                    // Sums and shares of a total say nothing about a measure that cannot be added up.
                    if measure.kind.isAdditive {
                        if value * 2 == sum {
                            add(.equalsSumOfOthers(value: value))
                        } else if totals.contains(value) && value >= thresholds.jumpMinimum {
                            add(.equalsTotal(value: value))
                        }
                        if let total, total > 0, value * 100 / total >= thresholds.nationalSharePct {
                            add(.nationalSized(value: value, total: total))
                        }
                    }
                    if p > 0, let before = dataset[row, m, p - 1].amount.exact, before > 0,
                        max(before, value) >= thresholds.jumpMinimum,
                        max(before / value, value / before) >= thresholds.jumpFactor
                    {
                        add(.jump(before: before, earlier: dataset.periods[p - 1], value: value))
                    }
                }
                if p > 0 { result += shiftedRuns(dataset, rows: rows, measure: m, period: p) }
            }
        }
        return result
    }

    /// A later value fits an earlier one when it is within this factor of it, up or down…
    static let closeFit = Exact(5, over: 4)
    /// …and fits badly when it is more than this factor away.
    static let poorFit = Exact(2)

    /// Whether `ratio` (positive) lies strictly within `factor` of 1, up or down.
    static func within(_ ratio: Exact, factor: Exact) -> Bool { ratio < factor && ratio * factor > 1 }

    /// Whether `ratio` (positive) lies strictly beyond `factor` from 1, up or down.
    static func beyond(_ ratio: Exact, factor: Exact) -> Bool { ratio > factor || ratio * factor < 1 }

    /// Runs of at least three rows whose earlier-period value fits the neighbouring row's later-period
    /// value far better than their own: a column that slid one row up or down.
    static func shiftedRuns(_ dataset: Dataset, rows: [Int], measure m: Int, period p: Int) -> [Suspicion] {
        var result: [Suspicion] = []
        for shift in [-1, 1] {
            var run: [Int] = []
            func close() {
                if run.count >= 3 {
                    result.append(Suspicion(evidence: .shiftedRows(earlier: dataset.periods[p - 1], shift: shift),
                                            measure: dataset.measures[m], period: dataset.periods[p],
                                            regions: run.map { dataset.regions[rows[$0]].name }))
                }
                run = []
            }
            for index in rows.indices {
                let partner = index - shift
                guard rows.indices.contains(partner),
                      let own = dataset[rows[index], m, p - 1].amount.exact,
                      let later = dataset[rows[index], m, p].amount.exact,
                      let neighbour = dataset[rows[partner], m, p].amount.exact,
                      own > 0, later > 0, neighbour > 0 else { close(); continue }
                if beyond(later / own, factor: poorFit) && within(neighbour / own, factor: closeFit) {
                    run.append(index)
                } else {
                    close()
                }
            }
            close()
        }
        return result
    }
}
