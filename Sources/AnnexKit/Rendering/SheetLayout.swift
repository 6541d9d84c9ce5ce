/// How a text cell of a worksheet looks.
enum TextStyle: Sendable, Hashable {
    case plain, title, bold, header, numberHeader, marker
}

/// A cell of a worksheet, as both workbook formats (XLSX, ODS) write it.
enum SheetCell: Sendable, Hashable {
    case text(String, TextStyle)
    /// A number as stored in the cell: the figure rounded to the decimals shown (a percentage as a
    /// fraction for the '%' format), so that a spreadsheet's own display rounding cannot flip a tie;
    /// the status (estimated, incomplete) changes how it looks, never the value.
    case number(Exact, CellFormat, Status)
    /// Text that links to cell A1 of another sheet of the workbook.
    case link(String, sheet: String)

    /// The most characters (UTF-16 code units) a worksheet cell holds, in Excel as in LibreOffice.
    static let maximumTextLength = 32_767
}

/// A number format as shown for one status: plain, italic (estimated) or with '≥' (incomplete).
struct NumberCellStyle: Sendable, Hashable, Comparable {
    let format: CellFormat
    let status: Status

    /// A fixed order, so that the workbooks list their styles the same way in every build.
    static func < (left: NumberCellStyle, right: NumberCellStyle) -> Bool {
        left.key < right.key
    }

    /// A name for the style, unique per format and status ('count0-ok', 'pctchange1-estimated').
    var key: String {
        let style: String = switch format.style {
        case .count: "count"
        case .number: "number"
        case .change: "change"
        case .percentage: "pct"
        case .percentageChange: "pctchange"
        }
        return "\(style)\(format.decimals)-\(status.rawValue)"
    }
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
    /// The figure on the sheet, if it has one.
    var figure: SheetFigure? = nil

    /// The cover: what the annex is, where the figures come from, who to ask, when it appeared and
    /// when the next edition appears; all from the spec, nothing from the clock.
    static func cover(_ spec: ReportSpec, _ wording: Wording) -> SheetLayout {
        let texts = wording.report
        let facts: [(Phrase, String?)] = [(.coverAbout, texts.about), (.coverSource, texts.source), (.coverContact, texts.contact),
                                          (.coverPublished, spec.published), (.coverNextUpdate, texts.nextUpdate),
                                          (.coverRounding, wording(.coverRoundingText))]
        var rows: [[SheetCell?]] = [[.text(texts.title, .title)]]
        rows += facts.compactMap { label, value in value.map { [.text(wording(label), .bold), .text($0, .plain)] } }
        rows += texts.notes.map { [nil, .text($0, .plain)] }
        return SheetLayout(name: wording(.sheetCover), columnWidths: [26, 100], headerRow: 0, headerHeight: 20, rows: rows, table: nil)
    }

    /// The contents: the notes sheet and every table sheet, linked, with what it holds.
    static func contents(_ report: ComputedReport, _ wording: Wording) -> SheetLayout {
        let headers = [wording(.contentsSheet), wording(.contentsDescription)]
        let notesSheet = wording(.sheetNotes)
        let notes: [[SheetCell?]] = notes(report, wording) == nil ? []
            : [[.link(notesSheet, sheet: notesSheet), .text(wording(.contentsNotes), .plain)]]
        let words = FigureWording(wording, report: report)
        let sheets = report.tables.map(wording.sheet) + report.charts.map(words.sheet)
        let descriptions = report.tables.map(wording.title) + report.charts.map(words.caption)
        let rows: [[SheetCell?]] = [[.text(wording(.contentsTitle), .title)], headers.map { .text($0, .header) }] + notes
            + zip(sheets, descriptions).map { sheet, description in
                [.link(sheet, sheet: sheet), .text(description, .plain)]
            }
        let widths = [Double(max(sheets.map(\.count).max() ?? 10, 10)) + 2, 100]
        let name = wording(.sheetContents)
        let table = TableObject(name: tableName(name), headerRow: 1, lastRow: rows.count - 1, headers: headers)
        return SheetLayout(name: name, columnWidths: widths, headerRow: 1, headerHeight: 15, rows: rows, table: table)
    }

    /// The notes sheet: every numbered note with the sheets that refer to it; nil without notes.
    static func notes(_ report: ComputedReport, _ wording: Wording) -> SheetLayout? {
        let all = Set(report.tables.flatMap(\.footnotes)).sorted { $0.number < $1.number }
        guard !all.isEmpty else { return nil }
        let headers = [wording(.notesNote), wording(.notesText), wording(.notesSheets)]
        let rows: [[SheetCell?]] = [[.text(wording(.notesTitle), .title)], headers.map { .text($0, .header) }] + all.map { note in
            let sheets = report.tables.filter { $0.footnotes.contains(note) }.map(wording.sheet).joined(separator: ", ")
            return [.text(wording.reference(note), .plain), .text(wording.footnote(note), .plain), .text(sheets, .plain)]
        }
        let name = wording(.sheetNotes)
        let table = TableObject(name: tableName(name), headerRow: 1, lastRow: rows.count - 1, headers: headers)
        return SheetLayout(name: name, columnWidths: [12, 100, 40], headerRow: 1, headerHeight: 15, rows: rows, table: table)
    }

    /// A table name Excel accepts, from a sheet name: 'injus-gemeente' → 'Tabel_injus_gemeente'
    /// (the prefix from the wording keeps it from looking like a cell reference); letters, digits
    /// and underscores, starting with a letter or an underscore.
    static func tableName(_ sheet: String, prefix: String = "") -> String {
        let name = String((prefix + sheet).map { $0.isLetter || $0.isNumber ? $0 : "_" })
        return name.first?.isLetter == true ? name : "_" + name
    }

    /// The cell value: the figure rounded to the decimals shown, half away from zero (−51,25% is
    /// stored as −0,513), percentages as fractions for the `0.0%` format.
    static func cellValue(_ amount: Amount, _ format: CellFormat) -> Exact? {
        guard let exact = amount.exact else { return nil }
        let shown = exact.rounded(toDecimals: format.decimals)
        return format.isPercent ? shown / 100 : shown
    }

    /// The cell of an amount: its number, its marker, or nothing where no figure can exist.
    static func cell(_ amount: Amount, _ format: CellFormat, _ numbers: NumberStyle) -> SheetCell? {
        if let value = cellValue(amount, format) { return .number(value, format, amount.status) }
        return amount.status == .notApplicable ? nil : .text(numbers.marker(amount.status), .marker)
    }

    /// Character widths: the label column fits the longest label; number columns fit their
    /// formatted values and the longest word of the (wrapped) header.
    static func columnWidths(_ table: ComputedTable, labels: [String], headers: [String], _ wording: Wording) -> [Double] {
        let codes = table.rows.map(\.code.count) + [wording(.tableCode).count]
        var widths = [Double(min(max(labels.map(\.count).max() ?? 10, 10), 45)) + 2, Double(codes.max() ?? 4) + 2]
        for (index, column) in table.columns.enumerated() {
            let values = table.rows.map { wording.numbers.cell($0.cells[index], as: column.format).count }
            let longestWord = headers[index].split(separator: " ").map(\.count).max() ?? 0
            widths.append(Double(max(values.max() ?? 0, longestWord, 10)) + 2)
        }
        return widths
    }

    /// Height in points of the header row, so that every wrapped header is fully visible.
    static func headerHeight(_ headers: [String], widths: [Double]) -> Double {
        let lines = headers.enumerated().map { index, header in
            Int((Double(header.count) / max(widths[index + 2] - 1, 1)).rounded(.up))
        }
        return Double(max(lines.max() ?? 1, 1)) * 15
    }
}

extension SheetLayout {
    /// The number styles of the sheet's cells.
    var numberStyles: [NumberCellStyle] {
        rows.flatMap { row in
            row.compactMap { cell in
                guard case .number(_, let format, let status)? = cell else { return nil }
                return NumberCellStyle(format: format, status: status)
            }
        }
    }

    /// The sheet of one table, from A1: title, the number of tables, the numbered notes it refers
    /// to, what its markers mean, the build's findings, the source, then the table object.
    init(_ table: ComputedTable, _ wording: Wording) {
        let notes = NoteText(wording, table: table)
        let labels = table.rows.map { wording.label($0, in: table) }
        let headers = table.columns.map(wording.header)
        let rowHeader = wording.rowHeader(table)
        name = wording.sheet(table)
        columnWidths = Self.columnWidths(table, labels: labels + [rowHeader], headers: headers, wording)
        headerHeight = Self.headerHeight(headers, widths: columnWidths)
        var rows: [[SheetCell?]] = [[.text(wording.title(table), .title)], [.text(wording(.tableCount), .plain)]]
        if let references = notes.references(table) { rows.append([.text(references, .plain)]) }
        rows += (notes.markerLines(table) + notes.findings(table)).map { [.text($0, .plain)] }
        rows.append([.text(wording(.sourceLine, ["source": wording.source(table)]), .plain)])
        headerRow = rows.count
        let code = wording(.tableCode)
        rows.append([.text(rowHeader, .header), .text(code, .header)] + headers.map { .text($0, .numberHeader) })
        for (tableRow, label) in zip(table.rows, labels) {
            let cells = zip(tableRow.cells, table.columns).map { Self.cell($0, $1.format, wording.numbers) }
            rows.append([.text(label, tableRow.kind.isTotal ? .bold : .plain), .text(tableRow.code, .plain)] + cells)
        }
        self.rows = rows
        self.table = TableObject(name: Self.tableName(name, prefix: wording(.sheetTablePrefix)), headerRow: headerRow,
                                 lastRow: rows.count - 1, headers: [rowHeader, code] + headers)
    }
}
