import Foundation
import Testing
@testable import AnnexKit

/// Workbooks as ministries deliver them, written here with libxlsxwriter and read back as input.
@Suite("Loading XLSX workbooks as received")
struct XLSXInputTests {
    func spec(_ data: String) throws -> TableSpec {
        try YAMLTestDecoder.table("id: meldingen\ntitle: Meldingen\ndata: \(data)\nrow_header: Gemeente\n"
                                  + "periods: [2022, 2023]\n" + ReceivedTableTests.withDuration)
    }

    func load(_ path: String, data: String) throws -> LoadedDataset {
        try ReportLoader.loadData(
            path: path, file: "levering.xlsx", spec: spec(data), delivery: Delivery(document: "Levering"),
                                  gazetteer: realGazetteer)
    }

    @Test("A ministry's workbook: title and source reported, merged and wrapped headings read, numbers exact")
    func ministryWorkbook() throws {
        let loaded = try load(try WorkbookFixture.ministry(), data: "{file: levering.xlsx, sheet: Gemeenten}")
        let dataset = loaded.dataset
        let amsterdam = try row(of: "GM0363", in: dataset)
        #expect(dataset[amsterdam, 0, 0].amount == .count(1412))
        #expect(dataset[amsterdam, 1, 0].amount == .value(Exact(125, over: 10)))
        #expect(dataset[amsterdam, 0, 1].amount == .count(1886))     // a Dutch number stored as text
        #expect(dataset[amsterdam, 0, 0].provenance?.file == FileLocation(file: "levering.xlsx[Gemeenten]", line: 5))
        let beek = try row(of: "GM0888", in: dataset)
        #expect(dataset[beek, 0, 1].amount == .suppressed)
        #expect(dataset[beek, 1, 1].amount == .missing)
        #expect(dataset[try #require(dataset.nationalRow), 0, 0].amount == .count(1417))
        #expect(dataset.regions.count == 3)
        #expect(loaded.notices.map(\.description) == [
            "titel boven de kopregel overgeslagen: 'Injus-meldingen per gemeente, 2022–2023'",
            "noot of bron onder de cijfers overgeslagen: 'Bron: DJI, Injus; bewerking JenV'",
            ReceivedTableTests.deliveredTotal,
            "getallen in tekst gelezen in Nederlandse notatie (1.412 en 12,5), zoals '1.886'",
        ].enumerated().map { "levering.xlsx[Gemeenten]:\([1, 9, 7, 5][$0]): \($1)" })
    }

    @Test("The workbook as LibreOffice saves it (its own XML, formulas recomputed) reads the same")
    func savedByLibreOffice() throws {
        let original = try WorkbookFixture.ministry()
        let out = try temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["soffice", "-env:UserInstallation=file://\(out)/profile", "--headless",
                             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, original]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        let data = "{file: levering.xlsx, sheet: Gemeenten}"
        let expected = try load(original, data: data).dataset
        let resaved = try load(out + "/levering.xlsx", data: data).dataset
        #expect(try XLSXReader(path: out + "/levering.xlsx").part("xl/workbook.xml").contains("Gemeenten"))
        #expect(resaved.regions == expected.regions)
        for row in expected.regions.indices {
            for measure in expected.measures.indices {
                for period in expected.periods.indices {
                    #expect(resaved[row, measure, period].amount == expected[row, measure, period].amount)
                }
            }
        }
    }

    @Test("The sheet named is read; errors name the sheet they are in")
    func sheetInErrors() throws {
        let path = try WorkbookFixture.ministry()
        #expect(try load(path, data: "{file: levering.xlsx, sheet: gemeenten}").dataset.regions.count == 3)
        do {
            _ = try load(path, data: "levering.xlsx")
            Issue.record("the first sheet holds no table")
        } catch let failure as LoadErrors {
            #expect(failure.errors.map(\.file) == ["levering.xlsx[Toelichting]"])
        }
    }

    @Test("Without a sheet named, the first is read and the others are reported")
    func firstSheet() throws {
        let path = try temporaryFolder() + "/levering.xlsx"
        let book = try WorkbookFixture(path: path)
        try book.sheet("Cijfers")
        let headings = ["Gemeente", "Meldingen begin detentie 2022", "Meldingen begin detentie 2023",
                        "Gemiddelde duur 2022", "Gemiddelde duur 2023"]
        for (column, heading) in headings.enumerated() {
            book.set(0, column, .text(heading))
        }
        book.set(1, 0, .text("Utrecht"))
        book.set(1, 1, .number(7))
        try book.sheet("Bronnen")
        try book.close()
        let loaded = try load(path, data: "levering.xlsx")
        #expect(try loaded.dataset[row(of: "GM0344", in: loaded.dataset), 0, 0].amount == .value(Exact(7)))
        #expect(loaded.notices.map(\.kind) == [.sheet(name: "Cijfers", others: ["Bronnen"])])
    }

    /// A workbook of Amsterdam (row 2) and Utrecht (row 3) with averages in B and C and counts in D and E,
    /// its numbers stored as `cells` give them (reference → stored text).
    static func storedWorkbook(_ cells: [String: String]) throws -> String {
        func text(_ reference: String, _ text: String) -> String {
            #"<c r="\#(reference)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
        }
        let headings = ["Gemeente", "Gemiddelde duur 2022", "Gemiddelde duur 2023", "Meldingen begin detentie 2022",
                        "Meldingen begin detentie 2023"]
        var xml = "<worksheet><sheetData><row r=\"1\">"
            + zip(["A1", "B1", "C1", "D1", "E1"], headings).map(text).joined()
            + "</row>"
        for (row, name) in [(2, "Amsterdam"), (3, "Utrecht")] {
            let figures = cells.filter { $0.key.dropFirst() == "\(row)" }.sorted { $0.key < $1.key }
            xml += "<row r=\"\(row)\">" + text("A\(row)", name)
                + figures.map { #"<c r="\#($0.key)"><v>\#($0.value)</v></c>"# }.joined() + "</row>"
        }
        return try WorkbookFixture.raw(sheet: xml + "</sheetData></worksheet>")
    }

    @Test("Stored numbers are read exactly as stored, also in exponent notation")
    func storedNumbers() throws {
        let path = try Self.storedWorkbook(["B2": "1.5E-3", "C2": "-0.25", "B3": "2.0", "C3": "1E2", "D3": "7"])
        let dataset = try load(path, data: "levering.xlsx").dataset
        let amsterdam = try row(of: "GM0363", in: dataset), utrecht = try row(of: "GM0344", in: dataset)
        #expect(dataset[amsterdam, 1, 0].amount == .value(Exact(15, over: 10_000)))
        #expect(dataset[amsterdam, 1, 1].amount == .value(Exact(-25, over: 100)))
        #expect(dataset[utrecht, 1, 0].amount == .count(2))
        #expect(dataset[utrecht, 1, 1].amount == .count(100))
        #expect(dataset[utrecht, 0, 0].amount == .count(7))
    }

    @Test("A stored number is checked as a figure of its measure: a count is whole and not negative")
    func storedCounts() throws {
        let path = try Self.storedWorkbook(["D2": "12.5", "D3": "-3"])
        let sheet = "levering.xlsx[Blad1]", measure = "begin-detentie"
        #expect(throws: LoadErrors([
            LoadError(file: sheet, line: 2, column: 4, .fractionalCount(cell: "12.5", measure: measure)),
            LoadError(file: sheet, line: 3, column: 4, .negativeCount(cell: "-3", measure: measure)),
        ])) { try load(path, data: "levering.xlsx") }
    }
}
