/// A figure of a table that was converted to a later year's municipal boundaries.
public struct ConvertedFigure: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Predecessors added up (a full merger): exact, status unchanged.
        case merged
        /// Part of a split municipality assigned by a split key: estimated.
        case splitByKey
        /// A split municipality without a split key: not comparable.
        case splitWithoutKey
    }

    public let region: Region
    public let period: Period
    /// The municipalities whose figures were added or divided, the region itself excluded.
    public let predecessors: [Region]
    public let kind: Kind
}

/// Converts municipality figures to the municipalities of a boundary year.
public enum BoundaryConversion {
    /// Each municipality's figures, in every period, go to what it had become by `year`: merged
    /// municipalities are added up (exact, status kept); a municipality split over several
    /// successors is divided by `splitKeys` (estimated) or, without a key, makes the successors'
    /// figures `notComparable`. Municipalities that still exist keep their own rows and figures.
    public static func convert(_ source: Dataset, to year: Int, gazetteer: Gazetteer,
                               splitKeys: [SplitKey] = []) -> (dataset: Dataset, converted: [ConvertedFigure]) {
        let rows = source.subnationalRows
        // Each row's region, made once (a region is made from its column each time it is read).
        let regions = rows.map { source.regions[$0] }
        let targets = regions.map { region -> [Region] in
            guard region.type == .gemeente else { return [region] }
            return gazetteer.successors(of: region.code, by: year).compactMap {
                gazetteer.municipality(code: $0)?.region
            }
        }
        var result = Dataset(id: source.id, measures: source.measures, periods: source.periods)
        for region in orderedTargets(regions, targets: targets) { _ = result.row(for: region) }
        // The rows each target region takes its figures from, in the source's order.
        var contributorsOf: [Region: [Int]] = [:]
        for (index, regions) in targets.enumerated() {
            for region in Set(regions) { contributorsOf[region, default: []].append(index) }
        }
        var converted: [ConvertedFigure] = []
        // The targets are distinct, so each has the row it was given above.
        for (row, target) in result.regions.enumerated() {
            let contributors = contributorsOf[target] ?? []
            for p in source.periods.indices {
                var kinds = Set<ConvertedFigure.Kind>()
                var contributed: [Int] = []
                for m in source.measures.indices {
                    var amounts: [Amount] = []
                    for index in contributors {
                        let region = regions[index], amount = source.amount(row: rows[index], measure: m, period: p)
                        guard amount.status != .notApplicable else { continue }
                        if !contributed.contains(index) { contributed.append(index) }
                        if targets[index].count == 1 {
                            amounts.append(amount)
                            if region != target { kinds.insert(.merged) }
                        } else if let key = splitKeys.first(where: {
                            $0.oldCode == region.code && $0.newCode == target.code
                        }) {
                            amounts.append(Arithmetic.estimate(amount, times: key.share))
                            kinds.insert(.splitByKey)
                        } else {
                            amounts.append(.notComparable)
                            kinds.insert(.splitWithoutKey)
                        }
                    }
                    let own = contributors.first { regions[$0] == target }.map { source[rows[$0], m, p] }
                    if kinds.isEmpty {
                        result[row, m, p] = own ?? Cell(amount: .notApplicable, provenance: nil)
                        continue
                    }
                    let cited = contributors.lazy.compactMap { source[rows[$0], m, p].provenance }.first
                    let municipalities = contributed.map { regions[$0] }
                    let provenance = cited?.combined(.boundaryConversion(year: year, municipalities: municipalities))
                    result[row, m, p] = Cell(amount: Arithmetic.sum(amounts), provenance: provenance)
                }
                let order: [ConvertedFigure.Kind] = [.splitWithoutKey, .splitByKey, .merged]
                if let kind = order.first(where: kinds.contains) {
                    let predecessors = contributed.map { regions[$0] }.filter { $0 != target }
                    converted.append(
                        ConvertedFigure(
                            region: target, period: source.periods[p], predecessors: predecessors, kind: kind))
                }
            }
        }
        if let national = source.nationalRow {
            let row = result.row(for: .netherlands)
            for m in source.measures.indices {
                for p in source.periods.indices { result[row, m, p] = source[national, m, p] }
            }
        }
        return (result, converted)
    }

    /// Target regions in source order: a region that has its own row keeps that place; a new one
    /// (Voorne aan Zee without a row of its own) takes the place of its first predecessor.
    private static func orderedTargets(_ regions: [Region], targets: [[Region]]) -> [Region] {
        var position: [Region: Int] = [:]
        for (index, region) in regions.enumerated() where targets[index] == [region] {
            position[region] = index
        }
        for (index, regions) in targets.enumerated() {
            for region in regions where position[region] == nil { position[region] = index }
        }
        return position.sorted { ($0.value, $0.key.name) < ($1.value, $1.key.name) }.map(\.key)
    }
}
