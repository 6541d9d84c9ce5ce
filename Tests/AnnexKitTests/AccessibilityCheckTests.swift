import Testing
@testable import AnnexKit

@Suite("Accessibility check of the workbook layout")
struct AccessibilityCheckTests {
    let nl: Wording

    init() throws {
        nl = try dutchWording()
    }

    /// A well-formed table sheet, changed by `change`.
    func sheet(_ name: String = "tabel", change: (inout [[SheetCell?]]) -> Void = { _ in }) -> SheetLayout {
        var rows: [[SheetCell?]] = [
            [.text("Titel", .title)], [.text("Bron: Test", .plain)],
            [.text(nl.symbolLine([.missing], explainedOn: "Voorblad")!, .plain)],
            [.text("Gemeente", .header), .text("2022", .numberHeader)],
            [.text("A", .plain), .number(5, .count, .ok)], [.text("B", .plain), .text(".", .marker)],
        ]
        change(&rows)
        return SheetLayout(name: name, columnWidths: [10, 10], rows: rows,
                           table: TableObject(name: SheetLayout.tableName(name), headerRow: 3, lastRow: rows.count - 1,
                                              headers: ["Gemeente", "2022"]))
    }

    /// The cover, explaining `symbols` in full.
    func cover(_ symbols: [Symbol] = [.missing]) -> SheetLayout {
        SheetLayout(name: "Voorblad", columnWidths: [10, 60],
                    rows: [[.text("Titel", .title)]]
                        + symbols.map { [.text("Tekens", .label), .text(nl.explanation($0), .wrapped)] },
                    table: nil)
    }

    @Test("A well-formed sheet passes; so does the real report")
    func passes() throws {
        #expect(AccessibilityCheck.problems([cover(), sheet()], nl).isEmpty)
        let report = try ReportComputer.compute(try ReportLoader.load(specPath: Paths.realSpec))
        #expect(
            AccessibilityCheck.problems(
                workbookSheets(report, try dutchWording(Paths.realSpec)), try dutchWording(Paths.realSpec)
            ).isEmpty)
    }

    @Test("Each rule fails on its own breach", arguments: [
        ("no title", ["geen titel in A1"]), ("no source", ["geen bronregel"]),
        ("blank row", ["lege rij 6 in de tabel"]),
        ("unexplained", ["teken 'x' wordt gebruikt maar niet boven de tabel genoemd",
                         "teken 'x' wordt gebruikt maar niet uitgelegd op het werkblad Voorblad"]),
        ("unexplained nil", ["teken '-' wordt gebruikt maar niet boven de tabel genoemd",
                             "teken '-' wordt gebruikt maar niet uitgelegd op het werkblad Voorblad"]),
        ("named, not explained", ["teken '[g]' wordt gebruikt maar niet uitgelegd op het werkblad Voorblad"]),
        ("low table", ["de tabel begint op rij 9, niet in de eerste 8 rijen"]),
    ])
    func breaches(case name: String, problems: [String]) {
        var headerRow = 3
        let broken = sheet { rows in
            switch name {
            case "no title": rows[0] = [.text("Titel", .plain)]
            case "no source": rows[1] = [.text("Zie elders", .plain)]
            case "blank row": rows.insert([nil, nil], at: 5)
            case "unexplained nil": rows[4] = [.text("A", .plain), .number(0, .count, .ok)]
            case "named, not explained":
                rows[2] = [.text(nl.symbolLine([.estimated, .missing], explainedOn: "Voorblad")!, .plain)]
                rows[4] = [.text("A", .plain), .number(5, .count, .estimated)]
            case "low table":
                rows.insert(contentsOf: Array(repeating: [.text("Nog een regel", .plain)], count: 5), at: 2)
                headerRow = 8
            default: rows[5] = [.text("B", .plain), .text("x", .marker)]
            }
        }
        let sheet = SheetLayout(name: broken.name, columnWidths: broken.columnWidths, rows: broken.rows,
                                table: TableObject(name: "tabel", headerRow: headerRow, lastRow: broken.rows.count - 1,
                                                   headers: ["Gemeente", "2022"]))
        let found = AccessibilityCheck.problems([cover(), sheet], nl)
        #expect(found.map { $0.description.replacingOccurrences(of: "werkblad 'tabel': ", with: "") } == problems)
    }

    @Test("Two column headings of a table alike, also in capitals only, are refused before a workbook is written")
    func duplicateColumns() {
        let table = sheet()
        for headers in [["Gemeente", "Gemeente"], ["Gemeente", "GEMEENTE"]] {
            let twice = SheetLayout(name: table.name, columnWidths: table.columnWidths, rows: table.rows,
                                    table: TableObject(name: "tabel", headerRow: 3, lastRow: table.rows.count - 1,
                                                       headers: headers))
            #expect(AccessibilityCheck.problems([cover(), twice], nl).map(\.description)
                == ["werkblad 'tabel': kolomkop '\(headers[1])' komt twee keer voor in de tabel"])
        }
    }

    @Test("A figure sheet needs a title and its figure a text alternative, also without a table")
    func figures() {
        func figure(title: Bool, description: String) -> SheetLayout {
            let rows: [[SheetCell?]] = [[.text("Figuur 1. Kaart", title ? .title : .plain)],
                                        [.text("Bron: Test", .plain)]]
            var layout = SheetLayout(name: "Figuur 1", columnWidths: [100], rows: rows, table: nil)
            layout.figure = SheetFigure(image: "figures/kaart.png", title: "Figuur 1. Kaart", description: description,
                                        row: 2, column: 0, chart: nil)
            return layout
        }
        #expect(AccessibilityCheck.problems([figure(title: true, description: "Kaart van Nederland")], nl).isEmpty)
        #expect(AccessibilityCheck.problems([figure(title: true, description: "")], nl).map(\.description)
                == ["werkblad 'Figuur 1': figuur zonder tekstalternatief"])
        #expect(AccessibilityCheck.problems([figure(title: false, description: "Kaart")], nl).map(\.description)
                == ["werkblad 'Figuur 1': geen titel in A1"])
    }

    @Test("Sheet names: unique, at most 31 characters, no []:*?/\\, no apostrophe at either end, not 'History'")
    func names() {
        #expect(AccessibilityCheck.problems([cover(), sheet("a"), sheet("A")], nl).map(\.description)
            .contains("werkblad 'A': naam komt twee keer voor"))
        #expect(AccessibilityCheck.problems([cover(), sheet(String(repeating: "x", count: 32))], nl).count == 1)
        #expect(AccessibilityCheck.problems([cover(), sheet("a/b")], nl).count == 1)
        #expect(AccessibilityCheck.problems([cover(), sheet("'a")], nl).count == 1)
        #expect(AccessibilityCheck.problems([cover(), sheet("History")], nl).count == 1)
        #expect(SheetLayout.tableName("injus-gemeente", prefix: "Tabel_") == "Tabel_injus_gemeente")
        #expect(SheetLayout.tableName("3ro personen") == "_3ro_personen")  // a table name starts with a letter or '_'
    }
}

@Suite("Numbered notes")
struct FootnoteTests {
    func spec(_ footnotes: String, _ tables: [(String, String)]) throws -> ReportSpec {
        var yaml = "id: r\ntitle: r\nsource: s\npublished: \"2024-01-01\"\nreference: ref\n\(footnotes)\ntables:\n"
        for (id, refs) in tables {
            yaml +=
                "  - {id: \(id), title: \(id), data: x.csv, periods: [2022], "
                + "measures: [{id: m, label: M}], footnotes: [\(refs)]}\n"
        }
        return try SpecLoader.load(path: try temporaryFile("r.yaml", yaml))
    }

    @Test("Numbered in order of first reference across the tables")
    func numbering() throws {
        let loaded = try spec("footnotes: {a: A, b: B, c: C}", [("t1", "c"), ("t2", "a, c"), ("t3", "b")])
        let numbered = Footnote.numbered(loaded)
        #expect(numbered["c"]?.number == 1 && numbered["a"]?.number == 2 && numbered["b"]?.number == 3)
        #expect(try numbered["c"].map(dutchWording().reference) == "[noot 1]")
    }

    @Test("A note used but not defined, or defined but not used, is an error")
    func errors() throws {
        #expect(throws: LoadErrors.self) { try spec("footnotes: {a: A}", [("t1", "a, b")]) }
        do {
            _ = try spec("footnotes: {a: A, b: B}", [("t1", "a")])
            Issue.record("expected an error")
        } catch let failure as LoadErrors {
            #expect(
                failure.errors.map(\.message) == [
                    "ongeldige rapportspecificatie: noot 'b' is gedefinieerd maar door geen tabel gebruikt"
                ])
        }
    }

    @Test("The accessibility check finds a note referred to but missing from the notes sheet, and the reverse")
    func sheetRule() throws {
        let nl = try dutchWording()
        let table = SheetLayout(name: "t", columnWidths: [10, 10], rows: [
                [.text("Titel", .title)], [.text("Bron: Test", .plain)],
                [.text("Noten: [noot 1], [noot 2] (zie werkblad Noten)", .plain)],
            [.text("A", .header), .text("B", .numberHeader)], [.text("x", .plain), .number(1, .count, .ok)],
        ], table: TableObject(name: "Tabel_t", headerRow: 3, lastRow: 4, headers: ["A", "B"]))
        let notes = SheetLayout(name: "Noten", columnWidths: [10, 10], rows: [
            [.text("Noten", .title)], [.text("Noot", .header), .text("Tekst", .header)],
            [.text("[noot 1]", .plain), .text("Een", .plain)], [.text("[noot 3]", .plain), .text("Drie", .plain)],
        ], table: nil)
        #expect(AccessibilityCheck.problems([table, notes], nl).map(\.description) == [
            "[noot 2] wordt gebruikt maar staat niet op het werkblad Noten",
            "[noot 3] staat op het werkblad Noten maar wordt nergens gebruikt",
        ])
    }
}
