import CXlsxWriter
import Foundation

/// An XLSX file could not be written.
public struct XLSXError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): XLSX niet geschreven (\(reason))" }
}

/// Writes a report as an XLSX workbook with libxlsxwriter: one worksheet per table, title and
/// source above a bold, frozen header row, real numeric cells with number formats, markers as text.
///
/// The creation date is the report's publication date, so the same inputs give the same bytes.
public enum XLSXRenderer {
    public static func write(_ report: ComputedReport, to path: String) throws {
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 0)
        guard let workbook = workbook_new_opt(path, &options) else {
            throw XLSXError(path: path, reason: "kan het bestand niet aanmaken")
        }
        let formats = Formats(workbook)
        try setProperties(workbook, report.spec, path: path)
        for table in report.tables {
            guard let sheet = workbook_add_worksheet(workbook, table.sheet) else {
                workbook_close(workbook)
                throw XLSXError(path: path, reason: "werkblad '\(table.sheet)' kan niet worden toegevoegd")
            }
            write(table, to: sheet, formats: formats)
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw XLSXError(path: path, reason: String(cString: lxw_strerror(result)))
        }
    }

    /// The cell formats of the workbook, created once.
    struct Formats {
        let title, bold, header, numberHeader, marker: UnsafeMutablePointer<lxw_format>
        private let numbers: [NumberStyle: UnsafeMutablePointer<lxw_format>]

        /// A number format as shown for one status: plain, italic (estimated) or with '≥' (incomplete).
        struct NumberStyle: Hashable {
            let format: CellFormat
            let status: Status
        }

        init(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
            func make(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
                let format = workbook_add_format(workbook)!
                configure(format)
                return format
            }
            title = make { format_set_bold($0); format_set_font_size($0, 14) }
            bold = make { format_set_bold($0) }
            header = make { format_set_bold($0); format_set_text_wrap($0); format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
            numberHeader = make {
                format_set_bold($0); format_set_text_wrap($0)
                format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)); format_set_align($0, UInt8(LXW_ALIGN_RIGHT.rawValue))
            }
            marker = make { format_set_align($0, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
            var numbers: [NumberStyle: UnsafeMutablePointer<lxw_format>] = [:]
            let formats: [CellFormat] = [.count, .change, .percentage, .percentageChange, .ratio]
            for format in formats {
                for status in [Status.ok, .estimated, .incomplete] {
                    numbers[NumberStyle(format: format, status: status)] = make {
                        format_set_num_format($0, XLSXLayout.numberFormat(format, status: status))
                        if status == .estimated { format_set_italic($0) }
                    }
                }
            }
            self.numbers = numbers
        }

        func number(_ format: CellFormat, status: Status) -> UnsafeMutablePointer<lxw_format> {
            numbers[NumberStyle(format: format, status: status)]!
        }
    }

    static func write(_ table: ComputedTable, to sheet: UnsafeMutablePointer<lxw_worksheet>, formats: Formats) {
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, 1, 0)
        let widths = XLSXLayout.columnWidths(table)
        for (column, width) in widths.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
        var row: lxw_row_t = 0
        worksheet_write_string(sheet, row, 0, table.title, formats.title)
        row += 1
        worksheet_write_string(sheet, row, 0, "Bron: \(table.source)", nil)
        row += 1
        for note in NoteText.notes(for: table) {
            worksheet_write_string(sheet, row, 0, note, nil)
            row += 1
        }
        let headerRow = row
        worksheet_set_row(sheet, headerRow, XLSXLayout.headerHeight(table, widths: widths), nil)
        worksheet_write_string(sheet, headerRow, 0, table.rowHeader, formats.header)
        worksheet_write_string(sheet, headerRow, 1, "Code", formats.header)
        for (index, column) in table.columns.enumerated() {
            worksheet_write_string(sheet, headerRow, lxw_col_t(index + 2), column.header, formats.numberHeader)
        }
        worksheet_freeze_panes(sheet, headerRow + 1, 1)
        row += 1
        for tableRow in table.rows {
            let emphasis = tableRow.kind == .sumOfRows || tableRow.kind == .publishedTotal ? formats.bold : nil
            worksheet_write_string(sheet, row, 0, tableRow.label, emphasis)
            worksheet_write_string(sheet, row, 1, tableRow.code, nil)
            for (index, (amount, column)) in zip(tableRow.cells, table.columns).enumerated() {
                let col = lxw_col_t(index + 2)
                if let value = XLSXLayout.cellValue(amount, column.format) {
                    worksheet_write_number(sheet, row, col, value, formats.number(column.format, status: amount.status))
                } else if amount.status != .notApplicable {
                    worksheet_write_string(sheet, row, col, DutchFormat.marker(amount.status), formats.marker)
                }
            }
            row += 1
        }
    }

    static func setProperties(_ workbook: UnsafeMutablePointer<lxw_workbook>, _ spec: ReportSpec, path: String) throws {
        guard let created = XLSXLayout.timestamp(spec.published) else {
            workbook_close(workbook)
            throw XLSXError(path: path, reason: "publicatiedatum '\(spec.published)' is geen datum JJJJ-MM-DD")
        }
        let texts: [String] = [spec.title, "Cijferbijlage \(spec.id)", spec.author ?? "", spec.organisation ?? "",
                               "forensische zorg, gemeenten, cijferbijlage", "Bron: \(spec.source)"]
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
        workbook_set_properties(workbook, &properties)
    }
}

/// Sizes and values of the XLSX layout, kept apart from the C calls.
enum XLSXLayout {
    /// The cell value: counts as is, percentages as fractions for the `0.0%` format.
    static func cellValue(_ amount: Amount, _ format: CellFormat) -> Double? {
        guard let exact = amount.exact else { return nil }
        switch format {
        case .count, .change, .ratio: return exact.double
        case .percentage, .percentageChange: return Exact(exact.numerator, over: exact.denominator * 100).double
        }
    }

    /// The Excel number format of a column, with '≥' before every section for an incomplete sum.
    static func numberFormat(_ format: CellFormat, status: Status) -> String {
        let code: String
        switch format {
        case .count: code = "#,##0"
        case .change: code = "+#,##0;-#,##0;0"
        case .percentage: code = "0.0%"
        case .percentageChange: code = "+0.0%;-0.0%;0.0%"
        case .ratio: code = "0.0"
        }
        guard status == .incomplete else { return code }
        return code.split(separator: ";").map { "\"≥\"" + $0 }.joined(separator: ";")
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

    /// Seconds since 1970 of midnight UTC on an ISO date (`2024-08-15`).
    static func timestamp(_ date: String) -> time_t? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components).map { time_t($0.timeIntervalSince1970) }
    }
}
