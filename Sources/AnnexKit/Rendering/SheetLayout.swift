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
    /// Text that links to cell A1 of another sheet of the workbook.
    case link(String, sheet: String)
}

/// A range of a sheet marked up as a table (an Excel table object): its header row and data rows.
struct TableObject: Sendable, Hashable {
    /// Unique name: letters, digits and underscores, starting with a letter.
    let name: String
    let headerRow: Int
    let lastRow: Int
    let headers: [String]
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
    /// The table object of the sheet, if it has one.
    let table: TableObject?

    /// Names of the sheets that come before the tables.
    static let coverName = "Voorblad"
    static let contentsName = "Inhoud"
    static let notesName = "Noten"
    static let reservedNames = [coverName, contentsName, notesName]

    /// The cover: what the annex is, where the figures come from, who to ask, when it appeared and
    /// when the next edition appears; all from the spec, nothing from the clock.
    static func cover(_ spec: ReportSpec) -> SheetLayout {
        let facts: [(String, String?)] = [("Over deze bijlage", spec.about), ("Bron", spec.source), ("Contact", spec.contact),
                                          ("Publicatiedatum", spec.published), ("Volgende actualisering", spec.nextUpdate)]
        var rows: [[SheetCell?]] = [[.text(spec.title, .title)]]
        rows += facts.compactMap { label, value in value.map { [.text(label, .bold), .text($0, .plain)] } }
        rows += spec.notes.map { [nil, .text($0, .plain)] }
        return SheetLayout(name: coverName, columnWidths: [26, 100], headerRow: 0, headerHeight: 20, rows: rows, table: nil)
    }

    /// The contents: the notes sheet and every table sheet, linked, with what it holds.
    static func contents(_ report: ComputedReport) -> SheetLayout {
        let header: [SheetCell?] = [.text("Werkblad", .header), .text("Inhoud", .header)]
        let notes: [[SheetCell?]] = notes(report) == nil ? []
            : [[.link(notesName, sheet: notesName), .text("Genummerde noten bij de tabellen", .plain)]]
        let rows: [[SheetCell?]] = [[.text("Inhoud", .title)], header] + notes
            + report.tables.map { [.link($0.sheet, sheet: $0.sheet), .text($0.title, .plain)] }
        let widths = [Double(max(report.tables.map(\.sheet.count).max() ?? 10, 10)) + 2, 100]
        let table = TableObject(name: "Inhoud", headerRow: 1, lastRow: rows.count - 1, headers: ["Werkblad", "Inhoud"])
        return SheetLayout(name: contentsName, columnWidths: widths, headerRow: 1, headerHeight: 15, rows: rows, table: table)
    }

    /// The notes sheet: every numbered note with the sheets that refer to it; nil without notes.
    static func notes(_ report: ComputedReport) -> SheetLayout? {
        let all = Set(report.tables.flatMap(\.footnotes)).sorted { $0.number < $1.number }
        guard !all.isEmpty else { return nil }
        let header: [SheetCell?] = [.text("Noot", .header), .text("Tekst", .header), .text("Werkbladen", .header)]
        let rows: [[SheetCell?]] = [[.text(notesName, .title)], header] + all.map { note in
            let sheets = report.tables.filter { $0.footnotes.contains(note) }.map(\.sheet).joined(separator: ", ")
            return [.text(note.reference, .plain), .text(note.text, .plain), .text(sheets, .plain)]
        }
        let table = TableObject(name: notesName, headerRow: 1, lastRow: rows.count - 1, headers: ["Noot", "Tekst", "Werkbladen"])
        return SheetLayout(name: notesName, columnWidths: [12, 100, 40], headerRow: 1, headerHeight: 15, rows: rows, table: table)
    }

    /// A table name Excel accepts, from a sheet name: 'injus-gemeente' → 'Tabel_injus_gemeente'.
    static func tableName(_ sheet: String) -> String {
        "Tabel_" + String(sheet.map { $0.isLetter || $0.isNumber ? $0 : "_" })
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

extension SheetLayout {
    /// The sheet of one table: title, the number of tables, source, notes, then the table object.
    init(_ table: ComputedTable) {
        name = table.sheet
        columnWidths = Self.columnWidths(table)
        headerHeight = Self.headerHeight(table, widths: columnWidths)
        var rows: [[SheetCell?]] = [[.text(table.title, .title)], [.text("Dit werkblad bevat 1 tabel.", .plain)],
                                    [.text("Bron: \(table.source)", .plain)]]
        if let references = NoteText.references(table.footnotes) { rows.append([.text(references, .plain)]) }
        rows += NoteText.generated(for: table).map { [.text($0, .plain)] }
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
        self.table = TableObject(name: Self.tableName(table.sheet), headerRow: headerRow, lastRow: rows.count - 1,
                                 headers: [table.rowHeader, "Code"] + table.columns.map(\.header))
    }
}
