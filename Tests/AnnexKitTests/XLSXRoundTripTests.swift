import Foundation
import Testing
@testable import AnnexKit

/// Writes the real report's workbook and reads it back cell by cell.
@Suite("XLSX round trip", .serialized)
struct XLSXRoundTripTests {
    let workbook: XLSXReader

    init() throws {
        workbook = try XLSXReader(path: try realBuild.get().folder + "/samenwerking-2024.xlsx")
    }

    @Test("A cover, the contents, the notes, the methods, one worksheet per table in spec order, then one per figure")
    func sheets() throws {
        #expect(try workbook.sheetNames() == ["Voorblad", "Inhoud", "Noten", "Verantwoording", "instroom-sector",
                                              "uitstroom-sector", "injus-gemeente", "injus-arrondissement",
                "wmo-ondersteuning-thuis", "wmo-thuis-arrondissement", "wmo-opvang-verblijf",
                "wmo-opvang-arrondissement", "3ro-plaatsingsverzoeken", "3ro-personen-arrondissement",
                                              "3ro-verzoeken-arrondissement", "verzoeken-per-einde-detentie"]
                + (1...14).map { "Figuur \($0)" })
    }

    @Test("Tabel 1: title, source, header, numeric counts and percentages with their formats")
    func tabel1() throws {
        let cells = try workbook.cells(named: "instroom-sector")
        let formats = try workbook.numberFormats()
        #expect(cells["A1"]?.text == "Tabel 1. Instroom per sector, 2019–2022")
        #expect(cells["A2"]?.text == "Dit werkblad bevat 1 tabel.")
        #expect(cells["A3"]?.text == "Noten: [noot 1] (zie werkblad Noten)")
        #expect(cells["A4"]?.text.hasPrefix("Bron: Samenwerking tussen forensische zorg en gemeenten") == true)
        #expect(cells["A5"]?.text == "Sector")
        #expect(cells["C5"]?.text == "2019")
        #expect(cells["H5"]?.text == "verschil 2019–2020 (%)")
        #expect(cells["A6"]?.text == "Gevangeniswezen")
        let count = try #require(cells["C6"])
        #expect(count.type == "n" && count.number == 31456)
        #expect(formats[count.style] == "#,##0;-#,##0;\"-\"")  // a counted zero shows '-' (nil) and stays the number 0
        let change = try #require(cells["G6"])
        #expect(change.number == -9721)
        #expect(formats[change.style] == "+#,##0;-#,##0;0")
        let percentage = try #require(cells["H6"])  // −30,9035…% stored as shown: the fraction −0,309
        #expect(percentage.number == -0.309)
        #expect(formats[percentage.style] == "+#,##0.0%;-#,##0.0%;#,##0.0%")
        let tbsBase = try #require(cells["N7"])     // tbs 2022 against 2019: +37,2% (M change, N %)
        #expect(tbsBase.number == 0.372)  // 37,24…% as shown
        #expect(try workbook.isBold(style: try #require(cells["A5"]).style))
        #expect(try !workbook.isBold(style: count.style))
    }

    @Test("Injus per gemeente: numbers are numeric cells, markers are text, nothing numeric is stored as text")
    func injus() throws {
        let cells = try workbook.cells(named: "injus-gemeente")
        let header = try #require(cells.first { $0.value.text == "Gemeente" }).key
        let headerRow = Int(header.dropFirst())!
        #expect(cells["A\(headerRow + 1)"]?.text == "Aa en Hunze")
        #expect(cells["C\(headerRow + 1)"]?.number == 8)
        var markers: Set<String> = []
        for (reference, cell) in cells {
            let row = Int(reference.drop(while: \.isLetter))!
            let column = reference.prefix(while: \.isLetter)
            guard row > headerRow, column != "A", column != "B", cell.type != "n" else { continue }
            #expect([".", "x"].contains(cell.text), "text in a number column at \(reference): \(cell.text)")
            markers.insert(reference)
        }
        #expect(!markers.isEmpty)
        // The 'number stored as text' check is silenced for exactly the marker cells.
        let xml = try workbook.sheetXML(named: "injus-gemeente")
        let sqref = try #require(
            xml.components(separatedBy: "<ignoredError sqref=\"").dropFirst().first?.prefix { $0 != "\"" })
        #expect(xml.contains("numberStoredAsText=\"1\""))
        var silenced: Set<String> = []
        for range in sqref.split(separator: " ") {
            let ends = range.split(separator: ":").map(String.init)
            let row = ends[0].drop(while: \.isLetter)
            let first = ends[0].unicodeScalars.first!.value, last = (ends.last!).unicodeScalars.first!.value
            for letter in first...last { silenced.insert(String(UnicodeScalar(letter)!) + row) }
        }
        #expect(silenced == markers)
        let total = try #require(cells.first { $0.value.text == "Totaal (gepubliceerd)" }).key
        #expect(cells["C" + total.dropFirst()]?.number == 15337)
        #expect(cells["D" + total.dropFirst()]?.number == 17386)
    }

    @Test("Estimated counts are italic numbers; incomplete sums are numbers with a '≥' format")
    func qualities() throws {
        let names = try workbook.sheetNames()
        let formats = try workbook.numberFormats()
        let persons = try workbook.cells(sheet: try #require(names.firstIndex(of: "3ro-personen-arrondissement")) + 1)
        let oostNederland = try #require(persons.first { $0.value.text == "Oost-Nederland" }).key.dropFirst()
        let estimate = try #require(persons["C" + oostNederland])
        let value = try #require(estimate.number)
        #expect(estimate.type == "n" && value == 1838)  // 1.837,752 as shown
        #expect(try workbook.isItalic(style: estimate.style))
        let districts = try workbook.cells(sheet: try #require(names.firstIndex(of: "injus-arrondissement")) + 1)
        let denHaag = try #require(districts.first { $0.value.text == "Den Haag" }).key.dropFirst()
        let incomplete = try #require(districts["D" + denHaag])  // begin detentie 2023: Zoeterwoude is blank
        #expect(incomplete.number == 2363)
        #expect(formats[incomplete.style] == "\"≥\"#,##0")
        #expect(try !workbook.isItalic(style: incomplete.style))
    }

    @Test("Frozen header, column widths, no merged cells")
    func structure() throws {
        let sheet = try workbook.sheetXML(named: "instroom-sector")
        let pane = try #require(workbook.elements(in: sheet, named: "pane").first)
        #expect(pane["state"] == "frozen" && pane["ySplit"] == "5" && pane["xSplit"] == "1")
        #expect(try workbook.elements(in: sheet, named: "col").count > 0)
        for index in 1...(try workbook.sheetNames().count) {
            #expect(try !workbook.part("xl/worksheets/sheet\(index).xml").contains("mergeCell"))
        }
    }

    @Test("Every table sheet holds one Excel table object over its header and rows, with a valid unique name")
    func tableObjects() throws {
        var names = Set<String>()
        for index in 1...15 {
            let xml = try workbook.part("xl/tables/table\(index).xml")
            let table = try #require(workbook.elements(in: xml, named: "table").first)
            let name = try #require(table["name"])
            #expect(
                names.insert(name).inserted && name.first?.isLetter == true
                    && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
        }
        #expect(names.contains("Tabel_instroom_sector") && names.contains("Inhoud") && names.contains("Noten")
                && names.contains("Verantwoording"))
        let instroom = try workbook.part("xl/tables/table4.xml")
        #expect(instroom.contains("ref=\"A5:N7\""))  // title, table count, source, 'Noten: [noot 1]', then the header
        #expect(instroom.contains("<tableColumn id=\"1\" name=\"Sector\"/>"))
    }

    @Test("The cover comes from the spec and is the active sheet; the contents link to every table and figure sheet")
    func coverAndContents() throws {
        let cover = try workbook.cells(named: "Voorblad")
        #expect(cover["A1"]?.text == "Cijferbijlage bij 'Samenwerking tussen forensische zorg en gemeenten' (2024)")
        let facts = Dictionary(uniqueKeysWithValues: (2...10).compactMap { row in
            cover["A\(row)"].map { ($0.text, cover["B\(row)"]?.text ?? "") }
        })
        #expect(facts["Publicatiedatum"] == "15 augustus 2024")
        #expect(facts["Contact"]?.hasPrefix("Ministerie van Justitie en Veiligheid") == true)
        #expect(facts["Licentie"]?.hasPrefix("CC0 1.0") == true)
        #expect(facts["Tekens"]?.components(separatedBy: "\n").count == 4)  // [g], ≥, . and an empty cell
        #expect(facts.keys.allSatisfy { !$0.isEmpty } && facts.count == 9)
        #expect(facts["Volgende actualisering"]?.hasPrefix("Jaarlijks") == true)
        #expect(facts["Over deze bijlage"] != nil && facts["Bron"] != nil)
        #expect(try workbook.sheetXML(named: "Voorblad").contains("tabSelected=\"1\""))
        #expect(try !workbook.sheetXML(named: "instroom-sector").contains("tabSelected=\"1\""))
        let contents = try workbook.sheetXML(named: "Inhoud")
        let links = try workbook.elements(in: contents, named: "hyperlink").compactMap { $0["location"] }
        #expect(links.count == 28 && links.first == "'Noten'!A1" && links[1] == "'Verantwoording'!A1"
                && links[2] == "'instroom-sector'!A1")
        #expect(links[14] == "'Figuur 1'!A1")
        let cells = try workbook.cells(named: "Inhoud")
        #expect(cells["A5"]?.text == "instroom-sector")
        #expect(cells["B5"]?.text == "Tabel 1. Instroom per sector, 2019–2022")
        #expect(cells["A17"]?.text == "Figuur 1")
        #expect(cells["B17"]?.text == "Figuur 1. Procentuele verandering van de instroom per sector, 2019–2022")
    }

    @Test("Notes: numbered in order of first reference, listed on the Noten sheet with the sheets that use them")
    func notes() throws {
        let notes = try workbook.cells(named: "Noten")
        #expect(
            notes["A3"]?.text == "[noot 1]"
                && notes["B3"]?.text == "Exclusief justitiële jeugdinrichtingen (JJI). Bron: Injus.")
        #expect(notes["C3"]?.text == "instroom-sector")
        #expect(
            notes["A5"]?.text == "[noot 3]"
                && notes["C5"]?.text == "injus-arrondissement, wmo-thuis-arrondissement, wmo-opvang-arrondissement")
        let instroom = try workbook.cells(named: "instroom-sector")
        #expect(instroom["A3"]?.text == "Noten: [noot 1] (zie werkblad Noten)")
    }

    @Test("Document properties from the spec; creation date is the publication date, not the clock")
    func properties() throws {
        let core = try workbook.part("docProps/core.xml")
        #expect(
            core.contains(
                "<dc:title>Cijferbijlage bij 'Samenwerking tussen forensische zorg en gemeenten' (2024)</dc:title>"))
        #expect(core.contains("<dc:creator>annex</dc:creator>"))
        #expect(core.contains(">2024-08-15T00:00:00Z</dcterms:created>"))
        let app = try workbook.part("docProps/app.xml")
        #expect(app.contains("<Company>Ministerie van Justitie en Veiligheid</Company>"))
        #expect(try workbook.part("docProps/custom.xml").contains("<vt:lpwstr>nl-NL</vt:lpwstr>"))
    }
}
