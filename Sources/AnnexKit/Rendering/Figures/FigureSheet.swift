/// A figure placed on a worksheet: its PNG with its text alternative, and, for a chart, how a
/// workbook that draws charts itself (the XLSX) draws it from the sheet's table.
struct SheetFigure: Sendable {
    /// The figure's PNG, relative to the output folder.
    let image: String
    let title: String
    /// The text alternative.
    let description: String
    /// The top-left cell of the figure.
    let row: Int
    let column: Int
    /// The chart drawn from the sheet's table (categories in its first column, a series per
    /// further column); nil for a map, which is placed as its image.
    let chart: SheetChart?
}

/// A native chart of a figure sheet, drawn from the cells of the sheet's table.
struct SheetChart: Sendable {
    let kind: FigureKind
    let stacked: Bool
    let horizontal: Bool
    let format: CellFormat
    /// Per series, the rows (0-based, below the header) of estimated values, drawn dashed.
    let estimated: [[Int]]
}

extension SheetLayout {
    /// The worksheet of a figure: its caption, what the sheet holds, the text alternative, one line
    /// naming the signs used, the source; then, for a chart, the table of the numbers it draws
    /// (categories down, a column per series) with the chart beside it, or for a map its image and a
    /// link to the table sheet that holds its numbers.
    init(figure chart: Chart, _ words: FigureWording) {
        let wording = words.wording
        let name = words.sheet(chart)
        var rows: [[SheetCell?]] = [[.text(words.caption(chart), .title)]]
        let image = FigureFiles.path(chart, "png")
        let description = words.description(chart)
        switch chart.content {
        case .map:
            let sheets = chart.tables.compactMap { words.tables[$0] }.map(wording.sheet)
            rows += [[.text(wording(.figureSheetImage, ["sheets": wording.conjunction(sheets)]), .plain)],
                     [.text(wording(.figureDescription, ["text": description]), .plain)],
                     [.text(wording(.sourceLine, ["source": words.source(chart)]), .plain)]]
            rows += sheets.map { [.link($0, sheet: $0)] }
            self.init(name: name, columnWidths: [100], rows: rows, table: nil)
            figure = SheetFigure(image: image, title: words.caption(chart), description: description, row: rows.count,
                                 column: 0, chart: nil)
        case .chart(let data):
            rows += [[.text(wording(.figureSheetChart), .plain)],
                     [.text(wording(.figureDescription, ["text": description]), .plain)]]
            let values = data.series.flatMap(\.values)
            let statuses = Set(values.map(\.amount.status))
            let symbols = Symbol.allCases.filter { symbol in
                symbol == .nilValue ? values.contains { NumberStyle.isNil($0.amount, $0.format) }
                    : statuses.contains { Symbol($0) == symbol }
            }
            if let line = wording.symbolLine(symbols, explainedOn: wording(.sheetCover)) {
                rows.append([.text(line, .plain)])
            }
            rows.append([.text(wording(.sourceLine, ["source": words.source(chart)]), .plain)])
            let headerRow = rows.count
            let headers = [Self.categoryHeader(data, words)] + data.series.map { words.label($0.label, in: chart) }
            rows.append([.text(headers[0], .header)] + headers.dropFirst().map { .text($0, .numberHeader) })
            let labels = data.categories.indices.map { words.category($0, of: data, in: chart) }
            for (index, label) in labels.enumerated() {
                let cells = data.series.map { series in
                    Self.cell(series.values[index].amount, series.values[index].format, wording.numbers)
                }
                rows.append([.text(label, .plain)] + cells)
            }
            let longestLabel = (labels + [headers[0]]).map(\.count).max() ?? 10
            let widths = [min(TextFit.width(forWord: longestLabel), Self.maximumLabelWidth)]
                + headers.dropFirst().map { header in
                    let longestWord = header.split(separator: " ").map(\.count).max() ?? 0
                    return max(TextFit.width(forWord: longestWord), Self.minimumNumberWidth)
                }
            let estimated = data.series.map { series in
                series.values.indices.filter { series.values[$0].amount.status == .estimated }
            }
            let sheetChart = SheetChart(kind: chart.spec.kind, stacked: chart.spec.stacked,
                                        horizontal: data.horizontal, format: values.first?.format ?? .count,
                                        estimated: estimated)
            let table = TableObject(name: Self.tableName(name, prefix: wording(.sheetTablePrefix)),
                                    headerRow: headerRow, lastRow: rows.count - 1, headers: headers)
            self.init(name: name, columnWidths: widths, rows: rows, table: table)
            figure = SheetFigure(image: image, title: words.caption(chart), description: description, row: headerRow,
                                 column: headers.count + 1, chart: sheetChart)
        }
    }

    /// The header of the category column: the row header of the table the regions come from, or 'Periode'.
    static func categoryHeader(_ data: ChartData, _ words: FigureWording) -> String {
        switch data.categories.first {
        case .row(let table, _)?: words.tables[table].map(words.wording.rowHeader) ?? ""
        case .comparison?: words.wording(.figureComparison)
        default: words.wording(.figurePeriod)
        }
    }
}
