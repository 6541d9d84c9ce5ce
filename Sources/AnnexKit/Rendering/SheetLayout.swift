/// How a text cell of a worksheet looks. Wrapped styles (`wrapped`, `label`, `header`,
/// `numberHeader`) wrap at the column's width, top-aligned, in a row high enough for every line.
enum TextStyle: Sendable, Hashable {
    case plain, wrapped, title, bold, header, numberHeader, marker
    /// Bold and wrapped: the labels of the cover and long labels of total rows.
    case label

    /// Whether the text wraps at the column's width.
    var wraps: Bool { self == .wrapped || self == .label || self == .header || self == .numberHeader }
}

/// A cell of a worksheet, as both workbook formats (XLSX, ODS) write it.
enum SheetCell: Sendable, Hashable {
    /// Text; a line break starts a new paragraph of the cell.
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
    var key: String { "\(styleWord)\(format.decimals)-\(status.rawValue)" }

    /// `key` written into `buffer` without making a string of it (the ODS names the style of every number cell).
    func appendKey(to buffer: inout ByteBuffer) {
        buffer.append(styleWord)
        buffer.append(decimal: format.decimals)
        buffer.append(UInt8(ascii: "-"))
        buffer.append(status.rawValue)
    }

    /// The key's first word: the format's style.
    private var styleWord: StaticString {
        switch format.style {
        case .count: "count"
        case .number: "number"
        case .change: "change"
        case .percentage: "pct"
        case .percentageChange: "pctchange"
        }
    }
}

/// A range of a sheet marked up as a table (an Excel table object): its header row and data rows.
struct TableObject: Sendable, Hashable {
    /// Unique name: letters, digits and underscores, starting with a letter.
    let name: String
    let headerRow: Int
    let lastRow: Int
    let headers: [String]

    /// The style of the table object's header cell in `column`: the label and code columns as
    /// headers, the others right-aligned as number headers (how the XLSX marks its header row up).
    static func headerStyle(column: Int) -> TextStyle { column < 2 ? .header : .numberHeader }
}

/// The panes of a sheet that stay in view while scrolling: the rows above `rows` and the columns
/// left of `columns` (0: none).
struct Freeze: Sendable, Hashable {
    let rows: Int
    let columns: Int
}

/// One worksheet laid out from the top-left cell: title, source and notes, a header row, the table.
/// Both workbook renderers write this layout, so the two formats cannot drift apart.
struct SheetLayout: Sendable {
    let name: String
    let columnWidths: [Double]
    let rows: SheetRows
    /// The table object of the sheet, if it has one.
    let table: TableObject?
    /// What stays in view: at most the header row (with the few rows above it) and the row labels.
    let freeze: Freeze?
    let page: PageSetup
    /// The figure on the sheet, if it has one.
    var figure: SheetFigure? = nil
    /// The number styles of the rows made when asked for (a table's), gathered while its widths were
    /// measured, so that no pass lays every row out for them.
    private let bodyStyles: [NumberCellStyle]
    /// The accessibility check's scan of the rows made when asked for, made in the same pass.
    let bodyScan: SheetScan

    /// The frozen rows may take at most this many points (about a quarter of a laptop's window);
    /// a sheet whose header row lies lower freezes only its row labels.
    static let maximumFrozenHeight = 200.0
    /// A table's header row never needs more lines than this: number columns widen instead.
    static let maximumHeaderLines = 4
    /// The widest a number column is made to keep its header within `maximumHeaderLines`.
    static let maximumNumberWidth = 20.0
    /// The narrowest number column, so that short headers still read as words.
    static let minimumNumberWidth = 12.0
    /// The widest label column; longer labels wrap.
    static let maximumLabelWidth = 60.0

    /// Lays a sheet out: the row heights its wrapped text needs, what stays in view, how it prints.
    init(name: String, columnWidths: [Double], rows: [[SheetCell?]], table: TableObject?, onePage: Bool = false) {
        self.init(name: name, columnWidths: columnWidths, rows: SheetRows(rows), table: table, onePage: onePage)
    }

    /// Lays a sheet out whose rows are made as they are asked for; `bodyStyles` are the number styles
    /// of those rows, `bodyScan` their scan for the accessibility check.
    init(name: String, columnWidths: [Double], rows: SheetRows, table: TableObject?, onePage: Bool = false,
         bodyStyles: [NumberCellStyle] = [], bodyScan: SheetScan = SheetScan()) {
        self.name = name
        self.bodyStyles = bodyStyles
        self.bodyScan = bodyScan
        self.columnWidths = columnWidths
        self.rows = rows
        self.table = table
        freeze = table.map { table in
            let frozen = rows[...table.headerRow]
                .map { Self.height($0, widths: columnWidths) ?? TextFit.height(lines: 1) }.reduce(0, +)
            return Freeze(rows: frozen <= Self.maximumFrozenHeight ? table.headerRow + 1 : 0, columns: 1)
        }
        page = PageSetup(widths: columnWidths, repeatedRow: table?.headerRow, repeatsLabels: table != nil,
                         onePage: onePage)
    }

    /// The tallest row Excel and LibreOffice hold, in points: a row that needs more is this tall (its
    /// text stays whole in the cell, shown in full in the cell editor). Capped here, where every
    /// writer (both XLSX and the ODS) takes its heights from, so that all show the same.
    static let maximumRowHeight = 409.0

    /// The height a row needs: a title's, or that of its tallest wrapped text, at most
    /// `maximumRowHeight`; nil for one plain line.
    static func height(_ row: [SheetCell?], widths: [Double]) -> Double? {
        var height: Double?
        for (column, cell) in row.enumerated() {
            guard case .text(let text, let style)? = cell else { continue }
            if style == .title { height = max(height ?? 0, TextFit.titleHeight) }
            if style.wraps {
                height = max(height ?? 0, TextFit.height(lines: TextFit.lines(text, width: widths[column])))
            }
        }
        return height.map { min($0, maximumRowHeight) }
    }

    /// The cover: what the annex is, where the figures come from, who to ask, when it appeared and
    /// when the next edition appears, the licence, how cells are rounded, what the signs in the
    /// tables mean and the report's notes; all from the spec and the wording, nothing from the clock.
    static func cover(_ report: ComputedReport, _ wording: Wording) -> SheetLayout {
        let texts = wording.report
        let symbols = Symbol.used(in: report)
        let licence = texts.licence.map { name in report.spec.licenceURL.map { name + " (" + $0 + ")" } ?? name }
        let facts: [(Phrase, String?)] = [
            (.coverAbout, texts.about), (.coverSource, texts.source), (.coverContact, texts.contact),
            (.coverPublished, wording.date(report.spec.published)), (.coverNextUpdate, texts.nextUpdate),
            (.coverLicence, licence), (.coverRounding, wording(.coverRoundingText)),
            (.coverSymbols, symbols.isEmpty ? nil : symbols.map(wording.explanation).joined(separator: "\n")),
            (.coverNotes, texts.notes.isEmpty ? nil : texts.notes.joined(separator: "\n")),
        ]
        let rows: [[SheetCell?]] = [[.text(texts.title, .title)]]
            + facts.compactMap { label, value in value.map { [.text(wording(label), .label), .text($0, .wrapped)] } }
        return SheetLayout(name: wording(.sheetCover), columnWidths: [24, 66], rows: rows, table: nil, onePage: true)
    }

    /// The contents: the notes and methods sheets and every table sheet, linked, with what it holds.
    static func contents(_ report: ComputedReport, _ wording: Wording, methods: Methods) -> SheetLayout {
        let headers = [wording(.contentsSheet), wording(.contentsDescription)]
        let notesSheet = wording(.sheetNotes), methodsSheet = wording(.sheetMethods)
        let notes: [[SheetCell?]] = notes(report, wording) == nil ? []
            : [[.link(notesSheet, sheet: notesSheet), .text(wording(.contentsNotes), .wrapped)]]
        let methods: [[SheetCell?]] = methods.entries.isEmpty ? []
            : [[.link(methodsSheet, sheet: methodsSheet), .text(wording(.contentsMethods), .wrapped)]]
        let words = FigureWording(wording, report: report)
        let sheets = report.tables.map(wording.sheet) + report.charts.map(words.sheet)
        let descriptions = report.tables.map(wording.title) + report.charts.map(words.caption)
        let rows: [[SheetCell?]] = [[.text(wording(.contentsTitle), .title)], headers.map { .text($0, .header) }]
            + notes + methods
            + zip(sheets, descriptions).map { sheet, description in
                [.link(sheet, sheet: sheet), .text(description, .wrapped)]
            }
        let names = sheets + [notesSheet, methodsSheet]
        let widths = [TextFit.width(forWord: names.map(\.count).max() ?? 10), 70]
        let name = wording(.sheetContents)
        let table = TableObject(name: tableName(name), headerRow: 1, lastRow: rows.count - 1, headers: headers)
        return SheetLayout(name: name, columnWidths: widths, rows: rows, table: table)
    }

    /// The notes sheet: every numbered note with the sheets that refer to it; nil without notes.
    static func notes(_ report: ComputedReport, _ wording: Wording) -> SheetLayout? {
        let all = Set(report.tables.flatMap(\.footnotes)).sorted { $0.number < $1.number }
        guard !all.isEmpty else { return nil }
        let headers = [wording(.notesNote), wording(.notesText), wording(.notesSheets)]
        let rows: [[SheetCell?]] =
            [[.text(wording(.notesTitle), .title)], headers.map { .text($0, .header) }]
            + all.map { note in
            let sheets = report.tables.filter { $0.footnotes.contains(note) }.map(wording.sheet).joined(separator: ", ")
            return [.text(wording.reference(note), .plain), .text(wording.footnote(note), .wrapped),
                    .text(sheets, .wrapped)]
        }
        let name = wording(.sheetNotes)
        let table = TableObject(name: tableName(name), headerRow: 1, lastRow: rows.count - 1, headers: headers)
        return SheetLayout(name: name, columnWidths: [12, 76, 34], rows: rows, table: table)
    }

    /// The methods sheet: per table sheet every finding with its kind, corrections with their
    /// evidence; nil when the build found nothing.
    static func methods(_ methods: Methods, _ wording: Wording) -> SheetLayout? {
        let entries = methods.entries
        guard !entries.isEmpty else { return nil }
        let headers = [wording(.contentsSheet), wording(.methodsKind), wording(.methodsText)]
        var rows: [[SheetCell?]] = [[.text(wording(.methodsTitle), .title)], [.text(wording(.tableCount), .plain)],
                                    [.text(wording(.methodsIntro), .plain)], headers.map { .text($0, .header) }]
        for entry in entries {
            let sheet = wording.sheet(entry.table)
            rows += entry.findings.map { finding in
                [.text(sheet, .plain), .text(wording.kind(finding.kind), .plain), .text(finding.text, .wrapped)]
            }
        }
        let sheets = entries.map { wording.sheet($0.table) }
        let kinds = entries.flatMap { $0.findings.map { wording.kind($0.kind) } }
        let widths = [TextFit.width(forWord: sheets.map(\.count).max() ?? 10),
                      TextFit.width(forWord: (kinds + [headers[1]]).map(\.count).max() ?? 10), 76]
        let name = wording(.sheetMethods)
        let table = TableObject(name: tableName(name), headerRow: 3, lastRow: rows.count - 1, headers: headers)
        return SheetLayout(name: name, columnWidths: widths, rows: rows, table: table)
    }

    /// A table name Excel accepts, from a sheet name: 'injus-gemeente' → 'Tabel_injus_gemeente'
    /// (the prefix from the wording keeps it from looking like a cell reference); letters, digits
    /// and underscores, starting with a letter or an underscore.
    static func tableName(_ sheet: String, prefix: String = "") -> String {
        let name = String((prefix + sheet).map { $0.isLetter || $0.isNumber ? $0 : "_" })
        return name.first?.isLetter == true ? name : "_" + name
    }

    /// The most significant digits a spreadsheet keeps of a number (Excel: 15; it shows
    /// 1.234.567.890.123.456 as 1.234.567.890.123.450).
    static let maximumDigits = 15

    /// The cell of an amount: its number, its marker, or nothing where no figure can exist. A figure
    /// of more than `maximumDigits` significant digits is its text as every other format shows it,
    /// so that no workbook shows other digits than the Markdown and the web page.
    static func cell(_ amount: Amount, _ format: CellFormat, _ numbers: NumberStyle) -> SheetCell? {
        if let exact = amount.exact {
            // The figure rounded to the decimals shown, half away from zero (−51,25% is stored as
            // −0,513), a percentage as a fraction for the `0.0%` format.
            let shown = RoundedNumber(exact, decimals: format.decimals)
            guard shown.significantDigits <= maximumDigits else {
                return .text(numbers.cell(amount, as: format), .marker)
            }
            return .number(shown.value(percentAsFraction: format.isPercent), format, amount.status)
        }
        return amount.status == .notApplicable ? nil : .text(numbers.marker(amount.status), .marker)
    }

    /// What one pass over a table's rows (each is made as it is read) gathers: the columns' widths in
    /// characters, the number styles of the cells as laid out, and the accessibility check's scan of
    /// the rows as laid out (`object`: the sheet's table object, whose rows `object.headerRow + 1`…
    /// these are). The label column fits the longest label up to `maximumLabelWidth` (longer ones
    /// wrap), the code column every code; number columns fit their formatted values and the longest
    /// word of the header, widened until the header takes at most `maximumHeaderLines`.
    static func body(_ table: ComputedTable, rowHeader: String, headers: [String], object: TableObject,
                     _ wording: Wording) -> (widths: [Double], styles: [NumberCellStyle], scan: SheetScan) {
        var styles: [NumberCellStyle] = []
        var scan = SheetScan()
        let reference = AccessibilityCheck.noteReference(wording)
        var longestLabel = rowHeader.count, longestCode = wording(.tableCode).count
        var longestValues = [Int](repeating: 0, count: table.columns.count)
        let numbers = wording.numbers
        // The formats alone: a column copied per cell costs more than formatting its number.
        let formats = table.columns.map(\.format)
        for (index, row) in table.rows.enumerated() {
            let label = wording.label(row, in: table)
            longestLabel = max(longestLabel, label.count)
            longestCode = max(longestCode, row.code.count)
            for (column, format) in formats.enumerated() {
                longestValues[column] = max(longestValues[column], numbers.cellWidth(row.cells[column], as: format))
            }
            // Whether the label wraps is not known before the widths are; neither the styles nor the scan
            // look at it.
            let cells = Self.row(row, label: label, formats: formats, numbers, labelCapacity: .max)
            // A few styles among many cells: a short list compared by value, no hashing per cell.
            for case .number(_, let format, let status)? in cells {
                let style = NumberCellStyle(format: format, status: status)
                if !styles.contains(style) { styles.append(style) }
            }
            scan.add(cells, row: object.headerRow + 1 + index, table: object, wording, reference: reference)
        }
        var widths = [min(TextFit.width(forWord: longestLabel), maximumLabelWidth), TextFit.width(forWord: longestCode)]
        for (index, longestValue) in longestValues.enumerated() {
            let longestWord = headers[index].split(separator: " ").map(\.count).max() ?? 0
            var width = max(TextFit.width(forWord: max(longestValue, longestWord)), minimumNumberWidth)
            while TextFit.lines(headers[index], width: width) > maximumHeaderLines && width < maximumNumberWidth {
                width += 1
            }
            widths.append(width)
        }
        return (widths, styles, scan)
    }
}

extension SheetLayout {
    /// The number styles of the sheet's cells, each once (a large table has millions of cells and
    /// a few styles).
    var numberStyles: Set<NumberCellStyle> {
        // A few styles among many cells: a short list compared by value, no hashing per cell.
        var styles = bodyStyles
        for row in rows[..<rows.headCount] {
            for case .number(_, let format, let status)? in row {
                let style = NumberCellStyle(format: format, status: status)
                if !styles.contains(style) { styles.append(style) }
            }
        }
        return Set(styles)
    }

    /// The sheet of one table, from A1, as the checklist for accessible spreadsheets has it: the
    /// title, the number of tables, the notes and methods it refers to, the source and one line
    /// naming the signs used; then the table object, nothing else. Findings and corrections are on
    /// the methods sheet, the signs explained in full on the cover.
    init(_ table: ComputedTable, _ wording: Wording, methods: Methods) {
        let notes = NoteText(wording, table: table)
        let headers = table.columns.map(wording.header)
        let rowHeader = wording.rowHeader(table)
        let name = wording.sheet(table)
        let references = [notes.references(table),
                          methods.mention(table) ? wording(.methodsReference, ["sheet": wording(.sheetMethods)]) : nil]
            .compactMap { $0 }
        var rows: [[SheetCell?]] = [[.text(wording.title(table), .title)], [.text(wording(.tableCount), .plain)]]
        if !references.isEmpty { rows.append([.text(references.joined(separator: "; "), .plain)]) }
        rows.append([.text(wording(.sourceLine, ["source": wording.source(table)]), .plain)])
        if let line = wording.symbolLine(Symbol.used(in: table), explainedOn: wording(.sheetCover)) {
            rows.append([.text(line, .plain)])
        }
        let headerRow = rows.count
        let code = wording(.tableCode)
        rows.append([.text(rowHeader, .header), .text(code, .header)] + headers.map { .text($0, .numberHeader) })
        let object = TableObject(name: Self.tableName(name, prefix: wording(.sheetTablePrefix)), headerRow: headerRow,
                                 lastRow: rows.count + table.rows.count - 1, headers: [rowHeader, code] + headers)
        let (widths, bodyStyles, bodyScan) = Self.body(table, rowHeader: rowHeader, headers: headers, object: object,
                                                       wording)
        let labelCapacity = TextFit.capacity(widths[0]), formats = table.columns.map(\.format)
        let body = SheetRows(head: rows, count: table.rows.count) { index in
            let row = table.rows[index]
            return Self.row(row, label: wording.label(row, in: table), formats: formats, wording.numbers,
                            labelCapacity: labelCapacity)
        }
        self.init(name: name, columnWidths: widths, rows: body, table: object, bodyStyles: bodyStyles,
                  bodyScan: bodyScan)
    }

    /// The cells of a table's `row` labelled `label`: its label (wrapped when longer than
    /// `labelCapacity`, bold for a total), its code and its figures in the columns' `formats`.
    private static func row(_ row: TableRow, label: String, formats: [CellFormat], _ numbers: NumberStyle,
                            labelCapacity: Int) -> [SheetCell?] {
        // A label has no more characters than UTF-8 bytes: most are known to fit without counting them.
        let wraps = label.utf8.count > labelCapacity && label.count > labelCapacity
        let total = row.kind.isTotal
        let style: TextStyle = total ? (wraps ? .label : .bold) : (wraps ? .wrapped : .plain)
        var cells: [SheetCell?] = []
        cells.reserveCapacity(2 + formats.count)
        cells.append(.text(label, style))
        cells.append(.text(row.code, .plain))
        for (amount, format) in zip(row.cells, formats) {
            cells.append(cell(amount, format, numbers))
        }
        return cells
    }
}
