import Testing
@testable import AnnexKit

@Suite("Accessibility check of the workbook layout")
struct AccessibilityCheckTests {
    /// A well-formed table sheet, changed by `change`.
    func sheet(_ name: String = "tabel", change: (inout [[SheetCell?]]) -> Void = { _ in }) -> SheetLayout {
        var rows: [[SheetCell?]] = [
            [.text("Titel", .title)], [.text("Bron: Test", .plain)],
            [.text("Teken: " + DutchFormat.markerExplanation(.missing), .plain)],
            [.text("Gemeente", .header), .text("2022", .numberHeader)],
            [.text("A", .plain), .number(5, .count, .ok)], [.text("B", .plain), .text(".", .marker)],
        ]
        change(&rows)
        return SheetLayout(name: name, columnWidths: [10, 10], headerRow: 3, headerHeight: 15, rows: rows,
                           table: TableObject(name: SheetLayout.tableName(name), headerRow: 3, lastRow: rows.count - 1,
                                              headers: ["Gemeente", "2022"]))
    }

    @Test("A well-formed sheet passes; so does the real report")
    func passes() throws {
        #expect(AccessibilityCheck.problems([sheet()]).isEmpty)
        let report = try ReportComputer.compute(try ReportLoader.load(specPath: Paths.realSpec))
        #expect(AccessibilityCheck.problems(workbookSheets(report)).isEmpty)
    }

    @Test("Each rule fails on its own breach", arguments: [
        ("no title", "geen titel in A1"), ("no source", "geen bronregel"), ("blank row", "lege rij 6 in de tabel"),
        ("unexplained", "teken 'x' wordt gebruikt maar niet uitgelegd"),
    ])
    func breaches(case name: String, problem: String) {
        let broken = sheet { rows in
            switch name {
            case "no title": rows[0] = [.text("Titel", .plain)]
            case "no source": rows[1] = [.text("Zie elders", .plain)]
            case "blank row": rows.insert([nil, nil], at: 5)
            default: rows[5] = [.text("B", .plain), .text("x", .marker)]
            }
        }
        #expect(AccessibilityCheck.problems([broken]).map { $0.replacingOccurrences(of: "werkblad 'tabel': ", with: "") } == [problem])
    }

    @Test("Sheet names: unique, at most 31 characters, no []:*?/\\")
    func names() {
        #expect(AccessibilityCheck.problems([sheet("a"), sheet("A")]).contains("werkblad 'A': naam komt twee keer voor"))
        #expect(AccessibilityCheck.problems([sheet(String(repeating: "x", count: 32))]).count == 1)
        #expect(AccessibilityCheck.problems([sheet("a/b")]).count == 1)
    }
}
