import CXlsxWriter
import Foundation
import Testing
import ZIPFoundation

/// Writes a workbook for a test with libxlsxwriter, laid out as a ministry would send it: cells
/// placed one by one (0-based row and column), merged ranges, wrapped headings. Test support only.
final class WorkbookFixture {
    /// A value to place in a cell.
    enum Value {
        case text(String)
        case number(Double)
        /// A formula with the value Excel computed and stored for it.
        case formula(String, value: Double)
    }

    let path: String
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    /// A format that wraps text at its line breaks, as a wrapped header cell has.
    let wrap: UnsafeMutablePointer<lxw_format>
    private var current: UnsafeMutablePointer<lxw_worksheet>?

    /// A new workbook at `path`; in constant-memory mode libxlsxwriter writes every text inline
    /// (`inlineStr`) instead of in the shared string table, as some other producers do.
    init(path: String, constantMemory: Bool = false) throws {
        self.path = path
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 0)
        workbook = try #require(workbook_new_opt(path, &options))
        wrap = workbook_add_format(workbook)
        format_set_text_wrap(wrap)
    }

    /// Adds a worksheet; later cells go to it.
    func sheet(_ name: String) throws {
        guard let sheet = workbook_add_worksheet(workbook, name) else { throw CocoaError(.fileWriteUnknown) }
        current = sheet
    }

    func set(_ row: Int, _ column: Int, _ value: Value, wrapped: Bool = false) {
        let format = wrapped ? wrap : nil
        let (row, column) = (lxw_row_t(row), lxw_col_t(column))
        switch value {
        case .text(let text): worksheet_write_string(current, row, column, text, format)
        case .number(let number): worksheet_write_number(current, row, column, number, format)
        case .formula(let formula, let result):
            worksheet_write_formula_num(current, row, column, formula, format, result)
        }
    }

    /// Merges `rows` × `columns` (inclusive) and writes `text` in it.
    func merge(rows: ClosedRange<Int>, columns: ClosedRange<Int>, _ text: String, wrapped: Bool = false) {
        worksheet_merge_range(current, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                              lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound), text, wrapped ? wrap : nil)
    }

    func close() throws {
        #expect(workbook_close(workbook) == LXW_NO_ERROR)
    }
}

extension WorkbookFixture {
    /// A workbook as a ministry sends it: an explanation sheet first, the figures on 'Gemeenten'
    /// with a merged title (row 1), a heading merged over two rows, years typed as numbers over
    /// merged cells (row 3), wrapped headings (row 4), numbers stored as numbers and one as Dutch
    /// text, markers, a total computed by a formula (rows 5–7), and a merged source line (row 9).
    /// In constant-memory mode libxlsxwriter writes no merged ranges, so the cells are set one by one.
    static func ministry(constantMemory: Bool = false) throws -> String {
        let book = try WorkbookFixture(path: try temporaryFolder() + "/levering.xlsx", constantMemory: constantMemory)
        try book.sheet("Toelichting")
        book.set(0, 0, .text("Levering Injus-meldingen aan JenV"))
        try book.sheet("Gemeenten")
        let title = "Injus-meldingen per gemeente, 2022–2023"
        if constantMemory {
            book.set(0, 0, .text(title))
            book.set(2, 0, .text("Gemeente"))
        } else {
            book.merge(rows: 0...0, columns: 0...4, title)
            book.merge(rows: 2...3, columns: 0...0, "Gemeente")
            book.merge(rows: 2...2, columns: 1...2, "")
            book.merge(rows: 2...2, columns: 3...4, "")
        }
        book.set(2, 1, .number(2022))
        book.set(2, 3, .number(2023))
        for column in [1, 3] {
            book.set(3, column, .text("Meldingen begin\ndetentie"), wrapped: true)
            book.set(3, column + 1, .text("Gemiddelde duur\n(dagen)"), wrapped: true)
        }
        let rows: [(String, [Value])] = [
            ("Amsterdam", [.number(1412), .number(12.5), .text("1.886"), .number(13)]),
            ("Beek L", [.number(5), .number(8.25), .text("x"), .text(".")]),
            ("Totaal", [.formula("=SUM(B5:B6)", value: 1417), .number(12.4), .number(1886), .number(13)]),
        ]
        for (offset, (name, values)) in rows.enumerated() {
            book.set(4 + offset, 0, .text(name))
            for (column, value) in values.enumerated() { book.set(4 + offset, column + 1, value) }
        }
        if !constantMemory { book.merge(rows: 8...8, columns: 0...4, "Bron: DJI, Injus; bewerking JenV") }
        try book.close()
        return book.path
    }

    /// A workbook written part by part with ZIPFoundation, with one worksheet 'Blad1' whose XML is
    /// `sheet` (or which `addSheet` adds, for a part of any size): damaged where a test needs it.
    static func raw(sheet: String = "<worksheet/>", workbook: String? = nil,
                    addSheet: ((Archive) throws -> Void)? = nil) throws -> String {
        let path = try temporaryFolder() + "/levering.xlsx"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        func add(_ name: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { data.subdata(in: Int($0)..<Int($0) + $1) }
        }
        try add("xl/workbook.xml", workbook ?? """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        try add("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
            Target="worksheets/sheet1.xml"/></Relationships>
            """)
        if let addSheet { try addSheet(archive) } else { try add("xl/worksheets/sheet1.xml", sheet) }
        return path
    }
}
