/// How a text cell of a worksheet looks.
enum TextStyle: Sendable, Hashable {
    case plain, title, bold, header, numberHeader, marker
}

/// A cell of a worksheet, as both workbook formats (XLSX, ODS) write it.
enum SheetCell: Sendable, Hashable {
    case text(String, TextStyle)
    /// A number as stored in the cell (a percentage as a fraction), shown in `format`; the status
    /// (estimated, incomplete) changes how it looks, never the value.
    case number(Double, CellFormat, Status)
}

/// One worksheet laid out from the top-left cell: title, source and notes, a header row, the table.
/// Both workbook renderers write this layout, so the two formats cannot drift apart.
struct SheetLayout: Sendable {
    let name: String
    let columnWidths: [Double]
    /// Index of the header row; the rows above it and the first column stay in view (frozen).
    let headerRow: Int
    /// Height of the header row in points, so wrapped headers are fully visible.
    let headerHeight: Double
    let rows: [[SheetCell?]]

    init(_ table: ComputedTable) {
        name = table.sheet
        columnWidths = Self.columnWidths(table)
        headerHeight = Self.headerHeight(table, widths: columnWidths)
        var rows: [[SheetCell?]] = [[.text(table.title, .title)], [.text("Bron: \(table.source)", .plain)]]
        rows += NoteText.notes(for: table).map { [.text($0, .plain)] }
        headerRow = rows.count
        rows.append([.text(table.rowHeader, .header), .text("Code", .header)] + table.columns.map { .text($0.header, .numberHeader) })
        for tableRow in table.rows {
            let emphasis: TextStyle = tableRow.kind == .sumOfRows || tableRow.kind == .publishedTotal ? .bold : .plain
            let cells: [SheetCell?] = zip(tableRow.cells, table.columns).map { amount, column in
                if let value = Self.cellValue(amount, column.format) { return .number(value, column.format, amount.status) }
                return amount.status == .notApplicable ? nil : .text(DutchFormat.marker(amount.status), .marker)
            }
            rows.append([.text(tableRow.label, emphasis), .text(tableRow.code, .plain)] + cells)
        }
        self.rows = rows
    }

    /// The cell value: counts as is, percentages as fractions for the `0.0%` format.
    static func cellValue(_ amount: Amount, _ format: CellFormat) -> Double? {
        guard let exact = amount.exact else { return nil }
        switch format {
        case .count, .change, .ratio: return exact.double
        case .percentage, .percentageChange: return Exact(exact.numerator, over: exact.denominator * 100).double
        }
    }

    /// Character widths: the label column fits the longest label; number columns fit their
    /// formatted values and the longest word of the (wrapped) header.
    static func columnWidths(_ table: ComputedTable) -> [Double] {
        let labels = table.rows.map(\.label.count) + [table.rowHeader.count]
        let codes = table.rows.map(\.code.count) + [4]
        var widths = [Double(min(max(labels.max() ?? 10, 10), 45)) + 2, Double(codes.max() ?? 4) + 2]
        for (index, column) in table.columns.enumerated() {
            let values = table.rows.map { DutchFormat.format($0.cells[index], as: column.format).count }
            let longestWord = column.header.split(separator: " ").map(\.count).max() ?? 0
            widths.append(Double(max(values.max() ?? 0, longestWord, 10)) + 2)
        }
        return widths
    }

    /// Height in points of the header row, so that every wrapped header is fully visible.
    static func headerHeight(_ table: ComputedTable, widths: [Double]) -> Double {
        let lines = table.columns.enumerated().map { index, column in
            Int((Double(column.header.count) / max(widths[index + 2] - 1, 1)).rounded(.up))
        }
        return Double(max(lines.max() ?? 1, 1)) * 15
    }
}
