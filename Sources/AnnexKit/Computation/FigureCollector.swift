extension TableComputer {
    /// Every figure and derived statistic of the table, in a fixed order: per row (source order,
    /// national row last), measure and period: count, changes, shares, rank; then the sums of rows. Their sources
    /// are cited in the words of `words`. The statistics are read from the table's computed `rows` where their
    /// columns hold them.
    func figures(rows: TableRows, totals: [[Amount]], sums: [[Amount]], orders: [[[Ranking.Entry]]],
                 words: CitationWords) -> [FigureRecord] {
        let ranks = rankByRow(orders)
        let rowOrder = dataset.subnationalRows + (dataset.nationalRow.map { [$0] } ?? [])
        var result: [FigureRecord] = []
        // At most a count, a share, a rate and a rank per cell and two figures per comparison, then the sums.
        result.reserveCapacity(rowOrder.count * measures.count * (4 * periods.count + 2 * comparisons.count)
            + measures.count * periods.count)
        var citations = FigureCitations(table: spec.id, words: words)
        let starts = measureStarts, plans = recordPlans, national = dataset.nationalRow
        for (position, row) in rowOrder.enumerated() {
            let region = dataset.regions[row]
            // The row as the table shows it, made once for all its measures: a table per region shows the
            // national row last (`rows(totals:sums:discrepancies:)`), a table of measures a row per measure.
            let shown = spec.layout == .regions ? rows[row == national ? rows.count - 1 : position] : nil
            for m in measures.indices {
                let computed: (cells: [Amount], start: Int)? = shown.map { (cells: $0.cells, start: starts[m]) }
                    ?? (spec.layout == .measures && row == national ? (cells: rows[m].cells, start: 0) : nil)
                let series = series(row: row, measure: m, totals: totals, computed: computed, plan: plans[m])
                let kind = measures[m].kind
                let shareBase = !kind.isAdditive ? ""
                    : spec.layout == .regions ? self.shareBase : (measures[m].partOf ?? "")
                for p in periods.indices {
                    let cell = dataset[row, m, p]
                    let (citation, derived) = citations.citations(cell.provenance)
                    func record(_ statistic: Statistic, _ comparedTo: String, _ amount: Amount,
                                _ source: FigureCitation) {
                        result.append(FigureRecord(table: spec.id, region: region, measure: measures[m].id,
                                                   period: periods[p].label, statistic: statistic,
                                                   comparedTo: comparedTo, amount: amount, citation: source,
                                                   provenance: statistic == .count ? cell.provenance : nil))
                    }
                    record(.count, "", cell.amount, citation)
                    for (index, comparison) in comparisons.enumerated() where comparison.later == p {
                        let earlier = periods[comparison.earlier].label
                        record(.change, earlier, series.change(index), derived)
                        if kind != .percentage { record(.changePct, earlier, series.changePercentage(index), derived) }
                    }
                    if !shareBase.isEmpty && region.type != .land || (spec.layout == .measures && !shareBase.isEmpty) {
                        record(.sharePct, shareBase, series.share(p), derived)
                    }
                    if inhabitants != nil && kind.isAdditive {
                        record(.ratePer10000, "inwoners", series.rate(p), derived)
                    }
                    if let rank = ranks.isEmpty ? nil : ranks[m][p][row] {
                        record(.rank, "", rank, derived)
                    } else if spec.layout == .regions && region.type != .land {
                        record(.rank, "", cell.amount.status == .incomplete ? .missing : cell.amount, derived)
                    }
                }
            }
        }
        if spec.layout == .regions {
            let source = words.sumOfRows.text(spec.id)
            for m in measures.indices where measures[m].kind.isAdditive {
                for p in periods.indices {
                    result.append(FigureRecord(table: spec.id, region: .netherlands, measure: measures[m].id,
                                               period: periods[p].label, statistic: .sumOfRows, comparedTo: "",
                                               amount: sums[m][p], source: source))
                }
            }
        }
        return result
    }

    /// The rank figure of each row (`[m][p][row]`), nil for rows without a rank.
    private func rankByRow(_ orders: [[[Ranking.Entry]]]) -> [[[Amount?]]] {
        orders.map { byPeriod in
            byPeriod.map { entries in
                var ranks = [Amount?](repeating: nil, count: dataset.regions.count)
                for entry in entries {
                    let rank = Exact(entry.rank)
                    ranks[entry.row] = entry.estimated ? .estimated(rank) : .value(rank)
                }
                return ranks
            }
        }
    }
}
