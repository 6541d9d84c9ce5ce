import Foundation
import Testing
@testable import AnnexKit
import ZIPFoundation

/// Reading a worksheet of a workbook from elsewhere into rows of cells, within limits.
@Suite("Reading XLSX worksheets")
struct XLSXReadingTests {
    func read(_ path: String, _ choice: SheetChoice? = nil) throws -> XLSXWorksheet {
        try XLSXWorksheet(path: path, file: "levering.xlsx", choice: choice)
    }

    @Test("Shared strings, numbers as stored, a formula by its stored value, merged text in every cell of its range")
    func ministry() throws {
        let sheet = try read(try WorkbookFixture.ministry(), .name("Gemeenten"))
        #expect(sheet.name == "Gemeenten" && sheet.sheetNames == ["Toelichting", "Gemeenten"])
        let rows = Dictionary(uniqueKeysWithValues: sheet.rows.map { ($0.line, $0.cells) })
        let title = InputCell.text("Injus-meldingen per gemeente, 2022–2023")
        #expect(rows[1] == Array(repeating: title, count: 5))
        // A number over merged cells stays in its own cell; the heading merged over rows 3 and 4 fills both.
        #expect(rows[3] == [.text("Gemeente"), .number("2022"), .empty, .number("2023")])
        #expect(rows[4]?.prefix(3) == [.text("Gemeente"), .text("Meldingen begin\ndetentie"),
                                        .text("Gemiddelde duur\n(dagen)")])
        #expect(rows[5] == [.text("Amsterdam"), .number("1412"), .number("12.5"), .text("1.886"), .number("13")])
        #expect(rows[7]?.prefix(2) == [.text("Totaal"), .number("1417")])
        #expect(rows[9]?.count == 5 && rows[9]?.allSatisfy { $0 == .text("Bron: DJI, Injus; bewerking JenV") } == true)
    }

    @Test("Texts stored inline, as some producers write them, read as shared ones")
    func inlineStrings() throws {
        let path = try WorkbookFixture.ministry(constantMemory: true)
        #expect(try XLSXReader(path: path).part("xl/worksheets/sheet2.xml").contains("inlineStr"))
        let rows = try read(path, .number(2)).rows
        #expect(rows.first { $0.line == 5 }?.cells
                == [.text("Amsterdam"), .number("1412"), .number("12.5"), .text("1.886"), .number("13")])
    }

    @Test("Sheets by name (any case) or number; an unknown one lists the sheets there are; by default the first")
    func sheets() throws {
        let path = try WorkbookFixture.ministry()
        #expect(try read(path, .name("gemeenten")).name == "Gemeenten")
        #expect(try read(path, .number(2)).name == "Gemeenten")
        #expect(try read(path).name == "Toelichting")
        let sheets = ["Toelichting", "Gemeenten"]
        for choice in [SheetChoice.name("Injus"), .number(3)] {
            let unknown = LoadError.Problem.unknownSheet(choice: choice.description, sheets: sheets)
            #expect(throws: LoadErrors([LoadError(file: "levering.xlsx", unknown)])) { try read(path, choice) }
        }
    }

    @Test("A formula without a stored value, an error value and a boolean are text, which no figure is")
    func noValues() throws {
        let path = try WorkbookFixture.raw(sheet: """
            <worksheet><sheetData><row r="2"><c r="B2"><f>SUM(A1:A9)</f></c><c r="C2" t="e"><v>#N/A</v></c>\
            <c r="D2" t="b"><v>1</v></c><c r="E2" s="3"/></row></sheetData></worksheet>
            """)
        #expect(try read(path).rows == [InputRow(line: 2, cells: [.empty, .text("=SUM(A1:A9)"), .text("#N/A"),
                                                                  .text("TRUE")])])
    }

    @Test("A part that unpacks beyond the limit (a zip bomb) is refused without unpacking it all")
    func zipBomb() throws {
        let size = XLSXArchive.maximumPartSize + 1 << 20
        let path = try WorkbookFixture.raw(addSheet: { archive in
            try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size),
                                 compressionMethod: .deflate) { _, length in Data(repeating: 0x20, count: length) }
        })
        #expect(throws: LoadErrors([LoadError(file: "levering.xlsx",
                                              .tooLarge(part: "xl/worksheets/sheet1.xml", limitMB: 64))])) {
            try read(path)
        }
    }

    @Test("A merged range over the whole grid fills only the cells there are")
    func hugeMerge() throws {
        let path = try WorkbookFixture.raw(sheet: """
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c></row>\
            <row r="5"><c r="C5"><v>1</v></c></row></sheetData>\
            <mergeCells><mergeCell ref="A1:XFD1048576"/><mergeCell ref="C5:A1"/></mergeCells></worksheet>
            """)
        #expect(try read(path).rows == [InputRow(line: 1, cells: Array(repeating: .text("Titel"), count: 3)),
                                         InputRow(line: 5, cells: [.text("Titel"), .text("Titel"), .number("1")])])
    }

    @Test("A part with a document type declaration (entity expansion) is refused")
    func doctype() throws {
        let path = try WorkbookFixture.raw(workbook: """
            <?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><workbook>&lol;</workbook>
            """)
        #expect(throws: LoadErrors([LoadError(file: "levering.xlsx",
                    .notAWorkbook(reason: MessageText(.workbookDTD, ["part": "xl/workbook.xml"])))
            ])
        ) {
            try read(path)
        }
    }

    @Test("A file that is no workbook, and a cell reference beyond Excel's grid, are clear errors")
    func damaged() throws {
        let text = try temporaryFile("levering.xlsx", "Gemeente;2022\n")
        #expect(
            throws: LoadErrors([LoadError(file: "levering.xlsx", .notAWorkbook(reason: MessageText(.workbookNotZip)))])
        ) {
            try read(text)
        }
        let path = try WorkbookFixture.raw(sheet: #"<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row>"#
                                           + "</sheetData></worksheet>")
        #expect(
            throws: LoadErrors([
                LoadError(
                    file: "levering.xlsx",
                    .notAWorkbook(reason: MessageText(.workbookCellReference, ["reference": "XFE1"])))
            ])
        ) {
            try read(path)
        }
    }

    @Test("Workbook text escapes, and cell references within Excel's grid")
    func escapesAndReferences() {
        #expect(unescapeWorkbookText("Meldingen_x000D_\nbegin") == "Meldingen\r\nbegin")
        #expect(unescapeWorkbookText("a_x005F_x0041_b") == "a_x0041_b")
        #expect(unescapeWorkbookText("_x12") == "_x12")
        #expect(CellReference("XFD1048576") == CellReference("xfd1048576"))
        #expect(CellReference("XFD1048576")?.column == 16_383)
        #expect(CellReference("XFE1") == nil && CellReference("A0") == nil && CellReference("A1048577") == nil)
    }
}
