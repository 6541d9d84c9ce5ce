import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import AnnexKit

/// Text in a workbook as the reader typed it: Excel's own escapes in the text kept literal, line breaks in
/// a table's column names kept as line breaks.
@Suite("XLSX: text kept literal")
struct XLSXTextTests {
    @Test("Text that reads as Excel's escape of a character keeps its underscore as _x005F_", arguments: [
        ("_x0041_ en _x000D_", "_x005F_x0041_ en _x005F_x000D_"),
        // Excel decodes left to right, so each escape-like stretch is kept, overlapping ones too.
        ("_x005F_x0041_", "_x005F_x005F_x005F_x0041_"),
        ("_x00G1_, _x004_, _x0041", "_x00G1_, _x004_, _x0041"),
        ("Gemeente_xyz", "Gemeente_xyz"),
        // Underscores found among many bytes at a time: past a block of sixteen, doubled, last, before an 'X'.
        (String(repeating: "ab", count: 12) + "_x0041_", String(repeating: "ab", count: 12) + "_x005F_x0041_"),
        ("__x0041_", "__x005F_x0041_"), ("Gemeente_", "Gemeente_"), ("A_X0041_ en _ x", "A_X0041_ en _ x"),
    ])
    func literal(text: String, written: String) {
        #expect(XLSXLayout.literal(text) == written)
    }

    @Test("A table's column names keep tab and line breaks as character references, like their header cells")
    func columnNames() throws {
        let table = TableObject(name: "Tabel1", headerRow: 0, lastRow: 2, headers: ["Gemeente", "Deten\nties\t2023"])
        let part = XLSXTablesRenderer.tablePart(table, id: 1, columns: 2)
        #expect(part.contains("name=\"Deten&#10;ties&#9;2023\""))
        let document = try XMLDocument(xmlString: part)
        let names = try document.nodes(forXPath: "//*[local-name()='tableColumn']/@name").map { $0.stringValue }
        #expect(names == ["Gemeente", "Deten\nties\t2023"])
    }
}
