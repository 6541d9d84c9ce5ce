/// A table of `per × numerator / denominator` per region, from two tables that may come from
/// different sources: both inputs are shown beside the ratio.
enum RatioComputer {
    static func compute(spec: TableSpec, ratio: RatioSpec, numerator: Dataset, denominator: Dataset,
                        footnotes: [Footnote]) -> ComputedTable {
        let top = numerator.measures.firstIndex { $0.id == ratio.numerator.measure }!
        let bottom = denominator.measures.firstIndex { $0.id == ratio.denominator.measure }!
        let measure = spec.measures[0].measure
        let comparedTo = "\(ratio.denominator.table)/\(ratio.denominator.measure)"
        let regions = (numerator.subnationalRows.map { numerator.regions[$0] }
            + denominator.subnationalRows.map { denominator.regions[$0] }).reduce(into: [Region]()) { list, region in
                if !list.contains(region) { list.append(region) }
            } + [Region.netherlands]
        var columns: [TableColumn] = []
        for period in spec.periods {
            columns += [
                TableColumn(
                    measure: MeasureReference(table: ratio.numerator.table, measure: ratio.numerator.measure),
                                    content: .period(period), format: .count),
                TableColumn(
                    measure: MeasureReference(table: ratio.denominator.table, measure: ratio.denominator.measure),
                                    content: .period(period), format: .count),
                TableColumn(
                    measure: MeasureReference(table: spec.id, measure: measure.id), content: .period(period),
                    format: .ratio),
            ]
        }
        var rows: [TableRow] = []
        // The figures' values by region and period; their records are made when asked for, citing in the words asked.
        var ratios: [(region: Region, period: String, value: Amount)] = []
        for region in regions {
            var cells: [Amount] = []
            for period in spec.periods {
                let upper = amount(numerator, region, top, period), lower = amount(denominator, region, bottom, period)
                let value = Arithmetic.ratio(upper, to: lower, per: ratio.per)
                cells += [upper, lower, value]
                ratios.append((region, period.label, value))
            }
            rows.append(TableRow(kind: region.type == .land ? .national : .region, code: region.code, region: region,
                                 cells: cells))
        }
        let tableRows = TableRows(rows)
        return ComputedTable(
            id: spec.id, layout: .regions, measuresFrom: spec.id, columns: columns, rows: tableRows, rankings: [],
            discrepancies: [], incomplete: [], corrections: [],
            doubtfulAliases: [], boundaryYear: nil, converted: [], shareChecks: [], shareMismatches: [], suspicions: [],
            footnotes: footnotes, sources: SourceCitation.merged(numerator.sources, denominator.sources),
            makeFigures: { [id = spec.id, measure = measure.id, per = PlainNumber.format(ratio.per),
                            numerator = "\(ratio.numerator.table)/\(ratio.numerator.measure)", ratios] words in
                let source = words.ratio(per: per, numerator: numerator, denominator: comparedTo)
                return ratios.map { region, period, value in
                    FigureRecord(table: id, region: region, measure: measure, period: period, statistic: .ratio,
                                 comparedTo: comparedTo, amount: value, source: source)
                }
            }, signs: CellSigns(tableRows, columns))
    }

    private static func amount(_ dataset: Dataset, _ region: Region, _ measure: Int, _ period: Period) -> Amount {
        guard let row = dataset.rowIndex(of: region), let p = dataset.periods.firstIndex(of: period) else {
            return .missing
        }
        return dataset[row, measure, p].amount
    }
}
