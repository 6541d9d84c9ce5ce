import Foundation
import Testing
@testable import AnnexKit

/// Tables whose regions are not the municipalities of the reference: wijken, GGD regions, or the
/// synthetic codes of the benchmark, as a list of the report's own or as the data gives them.
@Suite("Regions of a table's own: a list, or as the data gives them")
struct OwnRegionsTests {
    static func spec(regions: String, data: String = "x.csv") throws -> TableSpec {
        try YAMLTestDecoder.table("""
        id: wijken
        title: Meldingen per wijk
        data: \(data)
        regions: \(regions)
        row_header: wijk
        periods: [2023, 2024]
        measures:
          - {id: meldingen, label: Meldingen}
        """)
    }

    static func load(_ text: String, spec: TableSpec, regions: OwnRegions) throws -> LoadedDataset {
        try ReportLoader.loadData(path: try temporaryFile("in.csv", text), file: "in.csv", spec: spec,
                                  delivery: Delivery(document: "Levering"), gazetteer: Gazetteer(),
                                  ownRegions: regions)
    }

    static func errors(_ text: String, spec: TableSpec, regions: OwnRegions) throws -> [String] {
        do {
            _ = try load(text, spec: spec, regions: regions)
        } catch let failure as LoadErrors {
            return failure.errors.map(\.description)
        }
        Issue.record("expected load errors")
        return []
    }

    @Test("As the data gives them: codes from the code column, names from the names, notes below not read")
    func fromData() throws {
        let text = """
        wijk_code;wijk;meldingen_2023;meldingen_2024
        WK01;Centrum;1.200;1.350
        WK02;Noord;80;x
        ;Totaal;1.280;1.430
        Bron: eigen registratie;;;
        """
        let loaded = try Self.load(text, spec: try Self.spec(regions: "data"), regions: .data)
        let dataset = loaded.dataset
        #expect(dataset.regions.map(\.code) == ["WK01", "WK02", "NL"])
        #expect(dataset.regions.map(\.type) == [.regio, .regio, .land])
        #expect(dataset.regions[0].name == "Centrum")
        #expect(dataset[0, 0, 0].amount == .count(1200))
        #expect(dataset[1, 0, 1].amount == .suppressed)
        #expect(loaded.notices.map(\.description)
            .contains("in.csv:5: noot of bron onder de cijfers overgeslagen: 'Bron: eigen registratie'"))
    }

    @Test("As the data gives them, without a code column: the name is the code; one code is one region")
    func namesAsCodes() throws {
        let spec = try Self.spec(regions: "data")
        let text = "wijk;meldingen_2023;meldingen_2024\nCentrum;1;2\n"
        let dataset = try Self.load(text, spec: spec, regions: .data).dataset
        #expect(dataset.regions.map(\.code) == ["Centrum"])
        let conflict = "wijk_code;wijk;meldingen_2023;meldingen_2024\nWK01;Centrum;1;2\nWK01;Noord;3;4\n"
        #expect(try Self.errors(conflict, spec: spec, regions: .data)
            == ["in.csv:3:2: code 'WK01' heet hier 'Noord', eerder 'Centrum'; één code is één regio"])
    }

    @Test("A region's name longer than the name limit is an error on its cell, in the data and in a list")
    func longNames() throws {
        let long = String(repeating: "w", count: Limits.current.nameCharacters + 1)
        #expect(try Self.errors("wijk;meldingen_2023;meldingen_2024\nCentrum;1;2\n\(long);3;4\n",
                                spec: try Self.spec(regions: "data"), regions: .data)
            == ["in.csv:3:1: regionaam van 201 tekens: een naam heeft er ten hoogste 200"])
        let path = try temporaryFile("wijken.csv", "code,name\nWK01,\(long)\n")
        #expect(throws: LoadErrors([LoadError(file: "wijken.csv", line: 2, column: 2,
                                              .nameTooLong(length: 201, limit: 200))])) {
            try RegionListLoader.load(path: path, file: "wijken.csv")
        }
    }

    @Test("A list: the data names a region by code or name; an unknown name is an error with the closest names")
    func fromList() throws {
        let path = try temporaryFile("wijken.csv", "code,name,parent\nWK01,Centrum,GM0363\nWK02,Noord,GM0363\n")
        let list = try RegionListLoader.load(path: path, file: "wijken.csv")
        #expect(list.entries.map(\.parent) == ["GM0363", "GM0363"])
        let spec = try Self.spec(regions: "wijken.csv")
        let dataset = try Self.load("Wijk;2023;2024\nwk02;5;6\nCENTRUM;7;8\n", spec: spec, regions: .list(list)).dataset
        #expect(dataset.regions.map(\.name) == ["Noord", "Centrum"])
        #expect(dataset.regions.map(\.code) == ["WK02", "WK01"])
        #expect(try Self.errors("Wijk;2023;2024\nNoordd;5;6\n", spec: spec, regions: .list(list))
            == ["in.csv:2:1: onbekende regio 'Noordd'; bedoelt u: Noord, Centrum? "
                + "(de regio's van deze tabel staan in haar regiolijst)"])
    }

    @Test("A list names every region once, with a code and a name")
    func listErrors() throws {
        let path = try temporaryFile("wijken.csv", "code,name\nWK01,Centrum\nwk01,Zuid\nWK03,centrum\n,Oost\n")
        do {
            _ = try RegionListLoader.load(path: path, file: "wijken.csv")
            Issue.record("expected load errors")
        } catch let failure as LoadErrors {
            #expect(failure.errors.map(\.description) == [
                "wijken.csv:3:1: 'wk01' staat twee keer in de regiolijst (als code of naam)",
                "wijken.csv:4:2: 'centrum' staat twee keer in de regiolijst (als code of naam)",
                "wijken.csv:5:1: code is leeg; elke regio van de lijst heeft een code en een naam",
            ])
        }
    }

    @Test("A spec: own regions do not go with aggregates or boundaries; municipalities need a reference")
    func specErrors() throws {
        let yaml = """
        id: r
        title: r
        source: s
        published: "2024-01-01"
        tables:
          - id: wijken
            title: Wijken
            data: x.csv
            regions: data
            boundary_year: 2023
            periods: [2023]
            measures: [{id: m, label: M}]
          - id: gemeenten
            title: Gemeenten
            data: y.csv
            periods: [2023]
            measures: [{id: m, label: M}]
        """
        let path = try temporaryFile("r.yaml", yaml)
        do {
            _ = try SpecLoader.load(path: path)
            Issue.record("expected spec errors")
        } catch let failure as LoadErrors {
            #expect(failure.errors.map(\.message) == [
                "ongeldige rapportspecificatie: tabel 'wijken': 'boundary_year' gaat niet samen met eigen regio's "
                    + "(regions)",
                "ongeldige rapportspecificatie: tabel 'gemeenten' heeft gemeenten, arrondissementen of provincies: "
                    + "geef 'reference' (de map met gemeenten.csv) of eigen regio's met 'regions'",
            ])
        }
    }
}
