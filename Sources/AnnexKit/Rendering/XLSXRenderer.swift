import CXlsxWriter
import CXlsxWriterLoader
import Foundation

/// An XLSX file could not be written.
public struct XLSXError: FileNotWritten {
    public static let headline = Message.xlsxNotWritten
    public let path: String
    public let reason: MessageText

    public init(path: String, reason: MessageText) {
        self.path = path
        self.reason = reason
    }
}

/// Writes a report as an XLSX workbook with libxlsxwriter: a cover, a linked contents sheet, the
/// notes and methods, and one worksheet per table with its title, notes reference, source and signs
/// above the table, which is a real Excel table object with a bold header row, numeric cells with
/// number formats, and markers as text; wrapped text in rows high enough for any font, frozen
/// header and labels, and a page setup for A4.
///
/// The creation date is the report's publication date, so the same inputs give the same bytes.
/// Excel table objects need the whole sheet in memory: libxlsxwriter refuses them in its
/// constant-memory mode, so the workbook is written in normal mode.
public enum XLSXRenderer {
    /// Writes the workbook's `sheets` (see `workbookSheets`).
    /// The figures' PNGs are taken from `pngs` (the output folder's).
    static func write(_ report: ComputedReport, _ wording: Wording, sheets: [SheetLayout], to path: String,
                      pngs: FigurePNGs) throws {
        let created = try XLSXLayout.creationTime(report.spec, path: path)
        guard annex_xlsxwriter_open() else {
            let reason = annex_xlsxwriter_problem().map { String(cString: $0) } ?? ""
            throw XLSXError(path: path, .xlsxLibraryMissing, ["reason": "\(reason)"])
        }
        // libxlsxwriter's temporary files are held in memory (CXlsxWriterLoader's `lxw_tmpfile`); where they cannot
        // be, they go beside the workbook, in the output folder, not in /tmp.
        let slash = path.lastIndex(of: "/")
        let folder = strdup(slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ".")
        defer { free(folder) }
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: folder, use_zip64: 0)
        guard let workbook = workbook_new_opt(path, &options) else {
            throw XLSXError(path: path, .xlsxNotCreated)
        }
        let formats = Formats(workbook, numbers: Set(sheets.flatMap(\.numberStyles)), shownAs: wording.numbers)
        let pictures = XLSXPictures()
        do {
            try setProperties(workbook, report.spec, wording, created: created, path: path)
            for (index, layout) in sheets.enumerated() {
                guard let sheet = workbook_add_worksheet(workbook, layout.name) else {
                    throw XLSXError(path: path, .xlsxSheetNotAdded, ["sheet": "\(layout.name)"])
                }
                try write(layout, to: sheet, formats: formats, path: path)
                if let figure = layout.figure {
                    try check(XLSXFigures.place(figure, on: layout, sheet: sheet, workbook: workbook, pngs: pngs,
                                                pictures: pictures),
                              .figure(layout.name), path: path)
                }
                if index == 0 {
                    worksheet_activate(sheet)
                    worksheet_set_selection(sheet, 0, 0, 0, 0)
                }
            }
        } catch {
            workbook_close(workbook)
            throw error
        }
        try check(workbook_close(workbook), path: path)
        try pictures.store(in: path)
    }

    /// Starts opening libxlsxwriter on a thread of its own, so that the workbook finds it open: the dynamic
    /// loader's work for it (the library and OpenSSL's libcrypto, each symbol bound at once: 2–5 ms) is done
    /// while the caller goes on. The library is opened once whoever asks first.
    static func openBeside() {
        Thread.detachNewThread { _ = annex_xlsxwriter_open() }
    }

    /// Throws when libxlsxwriter reports an error: no result of it is ignored, so nothing (a too long
    /// text, a bad range) can silently go missing from the workbook.
    static func check(_ result: lxw_error, _ place: @autoclosure () -> XLSXPlace? = nil, path: String) throws {
        guard result != LXW_NO_ERROR else { return }
        let reason = String(cString: lxw_strerror(result))
        guard let place = place() else { throw XLSXError(path: path, .xlsxLibrary, ["reason": "\(reason)"]) }
        throw XLSXError(path: path, .xlsxLibraryAt, ["place": .message(place.text), "reason": "\(reason)"])
    }

    /// The cell formats of the workbook, created once.
    struct Formats {
        let plain, title, bold, wrapped, label, header, numberHeader, marker, link: UnsafeMutablePointer<lxw_format>
        /// The formats of the number styles: a few among many cells, a short list compared by value, no hashing
        /// per cell.
        private let numbers: [(style: NumberCellStyle, format: UnsafeMutablePointer<lxw_format>)]

        /// The formats of the workbook; `numbers` are the number styles its sheets use, `shown` the
        /// markers and cues of the annex's language.
        init(_ workbook: UnsafeMutablePointer<lxw_workbook>, numbers styles: Set<NumberCellStyle>,
             shownAs shown: NumberStyle) {
            // Every cell is aligned to the top, so that a cell beside wrapped text starts on its first line.
            func make(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
                let format = workbook_add_format(workbook)!
                format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
                configure(format)
                return format
            }
            plain = make { _ in }
            title = make { format_set_bold($0); format_set_font_size($0, 14) }
            bold = make { format_set_bold($0) }
            wrapped = make { format_set_text_wrap($0) }
            label = make { format_set_bold($0); format_set_text_wrap($0) }
            header = make { format_set_bold($0); format_set_text_wrap($0) }
            numberHeader = make {
                format_set_bold($0); format_set_text_wrap($0); format_set_align($0, UInt8(LXW_ALIGN_RIGHT.rawValue))
            }
            marker = make { format_set_align($0, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
            link = make {
                format_set_underline($0, UInt8(LXW_UNDERLINE_SINGLE.rawValue)); format_set_font_color($0, 0x0563C1)
            }
            numbers = styles.sorted().map { style in
                (style, make {
                    let code = XLSXLayout.numberFormat(style.format, status: style.status, nilMarker: shown.nilMarker,
                                                       suffix: shown.suffix(style.status))
                    format_set_num_format($0, code)
                    if style.status == .estimated { format_set_italic($0) }
                })
            }
        }

        func number(_ format: CellFormat, status: Status) -> UnsafeMutablePointer<lxw_format> {
            let style = NumberCellStyle(format: format, status: status)
            for number in numbers where number.style == style { return number.format }
            preconditionFailure("XLSXRenderer: no format made for the number style \(style.key)")
        }

        /// The format of a text cell.
        func text(_ style: TextStyle) -> UnsafeMutablePointer<lxw_format> {
            switch style {
            case .plain: plain
            case .wrapped: wrapped
            case .label: label
            case .title: title
            case .bold: bold
            case .header: header
            case .numberHeader: numberHeader
            case .marker: marker
            }
        }
    }

    static func write(_ layout: SheetLayout, to sheet: UnsafeMutablePointer<lxw_worksheet>, formats: Formats,
                      path: String) throws {
        let place = XLSXPlace.sheet(layout.name)
        try setPage(layout.page, of: sheet, place: place, path: path)
        for (column, width) in layout.columnWidths.enumerated() {
            try check(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil), place, path: path)
        }
        if let freeze = layout.freeze {
            worksheet_freeze_panes(sheet, lxw_row_t(freeze.rows), lxw_col_t(freeze.columns))
        }
        var markers = MarkerCells(layout)
        // Each row is made once (a table's rows are made as they are asked for): its height, then its cells.
        for (r, cells) in layout.rows.enumerated() {
            if let height = SheetLayout.height(cells, widths: layout.columnWidths) {
                try check(worksheet_set_row(sheet, lxw_row_t(r), height, nil), place, path: path)
            }
            markers.add(cells, row: r)
            for (c, cell) in cells.enumerated() {
                let (row, column) = (lxw_row_t(r), lxw_col_t(c))
                let result: lxw_error
                switch cell {
                case .text(let text, let style)?:
                    // The text's own bytes where it has them with a closing zero, not a copy made per cell.
                    result = XLSXLayout.literal(text).withCString {
                        worksheet_write_string(sheet, row, column, $0, formats.text(style))
                    }
                case .number(let value, let format, let status)?:
                    result = worksheet_write_number(sheet, row, column, XLSXLayout.double(value),
                                                    formats.number(format, status: status))
                case .link(let text, let target)?:
                    let link = worksheet_write_url(sheet, row, column, "internal:'\(target)'!A1", formats.link)
                    result = link != LXW_NO_ERROR ? link : XLSXLayout.literal(text).withCString {
                        worksheet_write_string(sheet, row, column, $0, formats.link)
                    }
                case nil:
                    continue
                }
                try check(result, .cell(layout.name, XLSXLayout.cellReference(row: r, column: c)), path: path)
            }
        }
        guard let table = layout.table else { return }
        if let markers = markers.rangeList {
            let numberAsText = UInt8(LXW_IGNORE_NUMBER_STORED_AS_TEXT.rawValue)
            try check(worksheet_ignore_errors(sheet, numberAsText, markers), place, path: path)
        }
        try check(addTable(table, columns: layout.columnWidths.count, to: sheet, formats: formats), place, path: path)
    }

    /// A4, portrait or landscape, fitted to the pages across the setup asks for, the header row
    /// and the row labels repeated on every printed page.
    static func setPage(_ page: PageSetup, of sheet: UnsafeMutablePointer<lxw_worksheet>, place: XLSXPlace,
                        path: String) throws {
        worksheet_set_paper(sheet, XLSXLayout.paperA4)
        if page.landscape { worksheet_set_landscape(sheet) } else { worksheet_set_portrait(sheet) }
        worksheet_fit_to_pages(sheet, UInt16(page.pagesWide), UInt16(page.pagesTall))
        if let row = page.repeatedRow {
            try check(worksheet_repeat_rows(sheet, lxw_row_t(row), lxw_row_t(row)), place, path: path)
        }
        if page.repeatsLabels { try check(worksheet_repeat_columns(sheet, 0, 0), place, path: path) }
    }

    /// Marks the table range up as an Excel table object, with its header texts and header format.
    static func addTable(
        _ table: TableObject, columns: Int, to sheet: UnsafeMutablePointer<lxw_worksheet>, formats: Formats
    ) -> lxw_error {
        let strings = ([table.name] + table.headers).map { strdup($0) }
        defer { strings.forEach { free($0) } }
        var columnOptions = table.headers.indices.map { index -> lxw_table_column in
            var column = lxw_table_column()
            column.header = strings[index + 1]
            column.header_format = formats.text(TableObject.headerStyle(column: index))
            return column
        }
        return columnOptions.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            var pointers: [UnsafeMutablePointer<lxw_table_column>?] =
                (0..<buffer.count).map { buffer.baseAddress! + $0 } + [nil]
            return pointers.withUnsafeMutableBufferPointer { list -> lxw_error in
                var options = lxw_table_options()
                options.name = strings[0]
                options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue)
                options.style_type_number = 1
                options.columns = list.baseAddress
                return worksheet_add_table(sheet, lxw_row_t(table.headerRow), 0, lxw_row_t(table.lastRow),
                                           lxw_col_t(columns - 1), &options)
            }
        }
    }

    static func setProperties(_ workbook: UnsafeMutablePointer<lxw_workbook>, _ spec: ReportSpec, _ wording: Wording,
                              created: time_t, path: String) throws {
        let texts: [String] = [wording.report.title, wording(.documentSubject, ["id": spec.id]), spec.author ?? "",
                               wording.report.organisation ?? "", wording(.documentKeywords),
                               wording(.sourceLine, ["source": wording.report.source]), wording(.languageTag)]
        let strings = texts.map { strdup($0) }
        defer { strings.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = strings[0]
        properties.subject = strings[1]
        properties.author = strings[2]
        properties.company = strings[3]
        properties.keywords = strings[4]
        properties.comments = strings[5]
        properties.created = created
        let place = XLSXPlace.properties
        try check(workbook_set_properties(workbook, &properties), place, path: path)
        try check(workbook_set_custom_property_string(workbook, "Language", strings[6]), place, path: path)
    }
}

/// Number formats, cell references and dates of the XLSX file, kept apart from the C calls.
enum XLSXLayout {
    /// libxlsxwriter's paper code for A4.
    static let paperA4: UInt8 = 9

    /// Text as a worksheet cell holds it literally: Excel reads '_x' with four hex digits and '_' as an
    /// escaped character ('_x0041_' is 'A'), so the underscore of such text is written as `_x005F_`.
    static func literal(_ text: String) -> String {
        guard hasEscapeStart(text) else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            let hex = rest[start.upperBound...].prefix(escapeDigits)
            let isEscape = hex.count == escapeDigits && hex.allSatisfy(\.isHexDigit)
                && rest[start.upperBound...].dropFirst(escapeDigits).first == "_"
            out += rest[..<start.lowerBound] + (isEscape ? "_x005F_x" : "_x")
            rest = rest[start.upperBound...]
        }
        return out + rest
    }

    /// Whether `text` has '_x', looked for in its bytes (Foundation's `contains` of a text, which
    /// `String` would use, makes a search object for every cell): each underscore found among them many bytes at a
    /// time (`SpecialBytes`), then the byte after it.
    private static func hasEscapeStart(_ text: String) -> Bool {
        text.withUTF8InPlace { utf8 in
            var index = underscore.first(in: utf8, from: 0)
            while index + 1 < utf8.count {
                if utf8[index + 1] == UInt8(ascii: "x") { return true }
                index = underscore.first(in: utf8, from: index + 1)
            }
            return false
        }
    }

    /// The underscore that starts Excel's escape of a character.
    private static let underscore = SpecialBytes("_".utf8)

    /// The hex digits of Excel's escape of a character ('_x000D_').
    private static let escapeDigits = 4

    /// The `Double` libxlsxwriter needs for a cell: the one nearest to the value's decimal text (the
    /// value is already rounded to the decimals shown, so this is the only binary step of annex).
    ///
    /// A terminating decimal's text is the value digit for digit (`PlainNumber`), so the `Double` nearest
    /// to the text is the one nearest to the fraction; when its numerator and denominator are both whole
    /// `Double`s (at most 2^53), one division rounds the fraction to that nearest `Double` (IEEE 754
    /// rounds every division correctly, ties to even, as reading a decimal text does), without the text.
    static func double(_ value: Exact) -> Double {
        if case .small(let numerator, let denominator) = value.storage,
           numerator.magnitude <= largestWholeDouble, denominator.magnitude <= largestWholeDouble,
           value.terminatingDecimals != nil {
            return Double(numerator) / Double(denominator)
        }
        return Double(PlainNumber.format(value))!
    }

    /// Every whole number up to 2^53 is a `Double` exactly.
    static let largestWholeDouble: UInt64 = 1 << 53

    /// 'C7' for row 6, column 2 (both 0-based).
    static func cellReference(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row + 1)
    }

    /// The Excel number format of a column, with '≥' before every section for an incomplete sum and
    /// `suffix` (an estimate's marker, `NumberStyle.suffix`) after every section; a counted zero
    /// shows the nil marker.
    static func numberFormat(_ format: CellFormat, status: Status, nilMarker: String, suffix: String = "") -> String {
        let decimals = format.decimals > 0 ? "." + String(repeating: "0", count: format.decimals) : ""
        let number = "#,##0" + decimals, percent = number + "%"
        let code: String
        switch format.style {
        case .count where status == .ok: code = "\(number);-\(number);\"\(nilMarker)\""
        case .count, .number: code = number
        case .change: code = "+\(number);-\(number);0\(decimals)"
        case .percentage: code = percent
        case .percentageChange: code = "+\(percent);-\(percent);\(percent)"
        }
        let prefix = NumberStyle.prefix(status)
        guard !prefix.isEmpty || !suffix.isEmpty else { return code }
        func quoted(_ text: String) -> String { text.isEmpty ? "" : "\"" + text + "\"" }
        return code.split(separator: ";").map { quoted(prefix) + $0 + quoted(suffix) }.joined(separator: ";")
    }

    /// The workbook's creation time: midnight UTC on the spec's publication date, never the clock.
    static func creationTime(_ spec: ReportSpec, path: String) throws -> time_t {
        let date = try creationDate(spec, path: path)
        var components = DateComponents()
        (components.year, components.month, components.day) = (date.year, date.month, date.day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let time = calendar.date(from: components) else { throw invalidDate(spec, path: path) }
        return time_t(time.timeIntervalSince1970)
    }

    /// The spec's publication date (checked as the spec was read, so the error is a last guard).
    static func creationDate(_ spec: ReportSpec, path: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: spec.published) else { throw invalidDate(spec, path: path) }
        return date
    }

    private static func invalidDate(_ spec: ReportSpec, path: String) -> XLSXError {
        XLSXError(path: path, .xlsxPublished, ["date": "\(spec.published)"])
    }
}
