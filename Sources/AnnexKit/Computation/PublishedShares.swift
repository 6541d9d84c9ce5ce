/// What the published shares of one measure and period say when added up.
public struct ShareCheck: Sendable, Hashable {
    public let measure: Measure
    public let period: Period
    /// Regions with a published share.
    public let regions: [String]
    /// How many regions the level has (10 arrondissementen).
    public let levelSize: Int
    /// Sum of the published shares, in percent.
    public let sum: Exact

    /// Rounding tolerance of one published share: half a unit of its last decimal (0,05).
    public static let tolerancePerShare = Exact(1, over: 20)
    /// Rounding tolerance of the sum: `tolerancePerShare` per share.
    public var tolerance: Exact { Self.tolerancePerShare * Exact(regions.count) }
    /// Whether every region of the level has a published share.
    public var isComplete: Bool { regions.count == levelSize }
    /// Complete shares add up to 100% within rounding; partial shares stay at or below 100%.
    public var isConsistent: Bool { isComplete ? (sum - 100).magnitude <= tolerance : sum <= 100 + tolerance }
}

/// A region with both a counted figure and a published share that do not agree.
public struct ShareMismatch: Sendable, Hashable {
    public let region: Region
    public let measure: Measure
    public let period: Period
    public let publishedShare: Exact
    public let countedShare: Exact
}

/// Turns shares that a source published per region into estimated counts.
public enum PublishedShares {
    /// For each published share: a region without a counted figure gets `share × national total`
    /// (status estimated, provenance naming the share); a region with a count is checked against it.
    static func apply(_ shares: Dataset, to dataset: inout Dataset, levelSize: Int)
        -> (checks: [ShareCheck], mismatches: [ShareMismatch]) {
        var checks: [ShareCheck] = [], mismatches: [ShareMismatch] = []
        guard let nationalRow = dataset.nationalRow else { return ([], []) }
        for m in shares.measures.indices {
            for p in shares.periods.indices {
                var regions: [String] = []
                var sum = Exact(0)
                for row in shares.subnationalRows {
                    let cell = shares[row, m, p]
                    guard let share = cell.amount.exact else { continue }
                    regions.append(shares.regions[row].name)
                    sum += share
                    let national = dataset[nationalRow, m, p].amount
                    let target = dataset.row(for: shares.regions[row])
                    if let count = dataset[target, m, p].amount.exact, let total = national.exact, !total.isZero {
                        let counted = count * 100 / total
                        if (counted - share).magnitude > ShareCheck.tolerancePerShare {
                            mismatches.append(ShareMismatch(region: shares.regions[row], measure: shares.measures[m],
                                                            period: shares.periods[p], publishedShare: share,
                                                            countedShare: counted))
                        }
                        continue
                    }
                    let fraction = share / 100
                    let provenance = cell.provenance?.derived(.publishedShare(percent: share))
                    dataset[target, m, p] = Cell(amount: Arithmetic.estimate(national, times: fraction),
                                                 provenance: provenance)
                }
                if !regions.isEmpty {
                    checks.append(ShareCheck(measure: shares.measures[m], period: shares.periods[p], regions: regions,
                                             levelSize: levelSize, sum: sum))
                }
            }
        }
        return (checks, mismatches)
    }
}

extension Dataset {
    /// A copy whose rows are `regions` first (in that order), then the other rows of this dataset
    /// with the national row last.
    func listing(_ regions: [Region]) -> Dataset {
        var result = Dataset(id: id, measures: measures, periods: periods)
        for region in regions + self.regions.filter({ $0.type != .land }) + self.regions.filter({ $0.type == .land }) {
            let target = result.row(for: region)
            guard let source = rowIndex(of: region) else { continue }
            for m in measures.indices {
                for p in periods.indices { result[target, m, p] = self[source, m, p] }
            }
        }
        return result
    }

    /// Sets the national row from `other`'s national row, for the measures both have.
    mutating func copyNationalRow(from other: Dataset) {
        guard let source = other.nationalRow else { return }
        let target = row(for: .netherlands)
        for (m, measure) in measures.enumerated() {
            guard let otherMeasure = other.measures.firstIndex(where: { $0.id == measure.id }) else { continue }
            for (p, period) in periods.enumerated() {
                guard let otherPeriod = other.periods.firstIndex(of: period) else { continue }
                self[target, m, p] = other[source, otherMeasure, otherPeriod]
            }
        }
    }
}
