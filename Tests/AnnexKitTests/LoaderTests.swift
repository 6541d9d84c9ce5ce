import Foundation
import Testing
@testable import AnnexKit

@Suite("Loading tidy and wide files")
struct LoaderTests {
    let gazetteer = realGazetteer

    func spec() throws -> TableSpec {
        let yaml = """
        id: meldingen
        title: Meldingen
        data: x.csv
        periods: [2022, 2023]
        measures:
          - {id: begin-detentie, label: "Meldingen begin detentie", aliases: ["begin detentie"]}
          - {id: einde-detentie, label: "Meldingen einde detentie", aliases: ["einde detentie"]}
        """
        return try YAMLTestDecoder.table(yaml)
    }

    func load(_ name: String, _ text: String) throws -> LoadedDataset {
        let path = try temporaryFile(name, text)
        return try ReportLoader.loadData(
            path: path, file: name, spec: spec(), delivery: Delivery(document: "Test"), gazetteer: gazetteer)
    }

    /// The errors loading `text` produces.
    func errors(_ text: String, name: String = "in.csv") throws -> [LoadError] {
        do {
            _ = try load(name, text)
        } catch let failure as LoadErrors {
            return failure.errors
        }
        Issue.record("expected load errors")
        return []
    }

    static let tidyHeader = "region_type,region,measure,period,value,table,line\n"

    @Test("A tidy file loads with provenance, aliases and national totals")
    func tidy() throws {
        let loaded = try load("t.csv", Self.tidyHeader + """
        gemeente,Beek L,begin-detentie,2022,5,Bijlage A,900
        gemeente,Amsterdam,begin-detentie,2023,1886,Bijlage A,890
        land,NL,begin-detentie,2022,15337,Bijlage A,1227
        """)
        let dataset = loaded.dataset
        let beek = try row(of: "GM0888", in: dataset)
        #expect(dataset[beek, 0, 0].amount == .count(5))
        // The delivery, its table and the line it is printed on; the data file and its own line.
        #expect(dataset[beek, 0, 0].provenance?.citation(try citationWords())
            == "Test, Bijlage A, r. 900; bestand x.csv:2")
        #expect(dataset[beek, 0, 1].amount == .missing)  // no row for it: missing, not zero
        #expect(dataset[try #require(dataset.nationalRow), 0, 0].amount == .count(15337))
        #expect(loaded.aliasUses.map(\.printed) == ["Beek L"])
    }

    @Test("A region on consecutive lines: one row, each alias use and each unknown name on its own line")
    func consecutiveLines() throws {
        let loaded = try load("t.csv", Self.tidyHeader + """
        gemeente,Beek L,begin-detentie,2022,5,,
        gemeente,Beek L,begin-detentie,2023,6,,
        gemeente,Beek L,einde-detentie,2022,7,,
        gemeente,Amsterdam,begin-detentie,2022,8,,
        gemeente,Beek L,einde-detentie,2023,9,,
        """)
        #expect(loaded.aliasUses.map(\.line) == [2, 3, 4, 6])
        let dataset = loaded.dataset
        let beek = try row(of: "GM0888", in: dataset)
        #expect([(0, 0), (0, 1), (1, 0), (1, 1)].map { dataset[beek, $0, $1].amount }
                    == [.count(5), .count(6), .count(7), .count(9)])
        #expect(dataset.regions.count == 2)
        // The same name of another type is resolved again: 'Totaal' is the country, not a municipality.
        let found = try errors(Self.tidyHeader + """
        gemeente,Amsterdm,begin-detentie,2022,5,,
        gemeente,Amsterdm,begin-detentie,2023,6,,
        land,Totaal,begin-detentie,2022,11,,
        gemeente,Totaal,begin-detentie,2023,12,,
        """)
        #expect(found.map(\.line) == [2, 3, 5])
    }

    @Test("Lines of the same table and printed line share their provenance's fields, each citing its own line")
    func sharedProvenance() throws {
        let dataset = try load("t.csv", Self.tidyHeader + """
        gemeente,Beek L,begin-detentie,2022,5,Bijlage A,900
        gemeente,Beek L,begin-detentie,2023,6,Bijlage A,900
        gemeente,Beek L,einde-detentie,2022,7,Bijlage A,901
        gemeente,Beek L,einde-detentie,2023,8,Bijlage B,901
        """).dataset
        let beek = try row(of: "GM0888", in: dataset)
        let cited = [(0, 0), (0, 1), (1, 0), (1, 1)].compactMap { dataset[beek, $0, $1].provenance }
        let words = try citationWords()
        #expect(cited.map { $0.citation(words) } == ["Test, Bijlage A, r. 900; bestand x.csv:2",
                                                      "Test, Bijlage A, r. 900; bestand x.csv:3",
                                                      "Test, Bijlage A, r. 901; bestand x.csv:4",
                                                      "Test, Bijlage B, r. 901; bestand x.csv:5"])
        // The first two lines share one record; a line with another printed line or table has its own.
        #expect(cited[0].sharedRecord == cited[1].sharedRecord)
        #expect(Set(cited.map(\.sharedRecord)).count == 3)
    }

    @Test("A blank for a municipality that did not exist that year is not applicable")
    func nonexistent() throws {
        let dataset = try load("t.csv", Self.tidyHeader + """
        gemeente,Brielle,begin-detentie,2022,10,,
        gemeente,Brielle,begin-detentie,2023,,,
        gemeente,Voorne aan Zee,begin-detentie,2023,,,
        """).dataset
        let brielle = try row(of: "GM0501", in: dataset)
        let voorne = try row(of: "GM1992", in: dataset)
        #expect(dataset[brielle, 0, 1].amount == .notApplicable)
        #expect(dataset[voorne, 0, 1].amount == .missing)       // existed in 2023: a real gap
        #expect(dataset[voorne, 0, 0].amount == .notApplicable) // did not exist in 2022
    }

    @Test("Unknown municipality: file, line, column and suggestions")
    func unknownMunicipality() throws {
        let found = try errors(Self.tidyHeader + "gemeente,Amsterdm,begin-detentie,2022,5,,\n")
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.line == 2 && error.column == 2)
        guard case .unknownMunicipality(let name, let suggestions) = error.problem else {
            Issue.record("wrong problem \(error.problem)")
            return
        }
        #expect(name == "Amsterdm")
        #expect(suggestions.first == "Amsterdam")
        #expect(error.description.hasPrefix("in.csv:2:2: onbekende gemeente 'Amsterdm'; bedoelt u: Amsterdam"))
    }

    @Test("Duplicate figure names both lines")
    func duplicate() throws {
        let found = try errors(Self.tidyHeader + """
        gemeente,Amsterdam,begin-detentie,2022,5,,
        gemeente,GM0363,begin-detentie,2022,6,,
        """)
        #expect(found == [LoadError(file: "in.csv", line: 3, column: nil,
                    .duplicateFigure(region: "Amsterdam", measure: "begin-detentie", period: "2022", firstLine: 2))
            ])
    }

    @Test("Non-numeric cell, unknown period, unknown measure and unknown region type, all reported at once")
    func everyProblemAtOnce() throws {
        let found = try errors(Self.tidyHeader + """
        gemeente,Amsterdam,begin-detentie,2022,veel,,
        gemeente,Amsterdam,begin-detentie,2019,5,,
        gemeente,Amsterdam,tbs,2022,5,,
        wijk,Utrecht,begin-detentie,2022,5,,
        """)
        #expect(found.map(\.line) == [2, 3, 4, 5])
        #expect(found.map(\.column) == [5, 4, 3, 1])
        #expect(found[0].problem == .notANumber(cell: "veel", expected: expectedNumber))
        #expect(found[1].problem == .unknownPeriod(name: "2019", known: ["2022", "2023"]))
        #expect(found[2].problem == .unknownMeasure(name: "tbs", known: ["begin-detentie", "einde-detentie"]))
        #expect(found[3].problem == .unknownRegionType(name: "wijk"))
    }

    @Test("A wrong name repeated is reported on each line; a name written otherwise reads as the spec's")
    func repeatedNames() throws {
        let found = try errors(Self.tidyHeader + """
        gemeente,Amsterdam,tbs,2022,5,,
        wijk,Amsterdam,begin-detentie,2022,5,,
        gemeente,Amsterdam,tbs,2023,5,,
        wijk,Rotterdam,begin-detentie,2023,5,,
        """)
        #expect(found.map(\.line) == [2, 3, 4, 5])
        #expect(found.map(\.column) == [3, 1, 3, 1])
        let dataset = try load("in.csv", Self.tidyHeader + """
        gemeente,Amsterdam,begin-detentie,2022,5,Tabel 1,880
        Gemeente, Amsterdam ,Begin detentie, 2023,6,Tabel 1,880
        GEMEENTE,Amsterdam,einde-detentie,2022 ,7,Tabel 2,880
        gemeente,Rotterdam,begin-detentie,2022,8,Tabel 1,881
        """).dataset
        let amsterdam = try row(of: "GM0363", in: dataset), rotterdam = try row(of: "GM0599", in: dataset)
        #expect(dataset[amsterdam, 0, 0].amount == .count(5) && dataset[amsterdam, 0, 1].amount == .count(6))
        #expect(dataset[amsterdam, 1, 0].amount == .count(7) && dataset[rotterdam, 0, 0].amount == .count(8))
        #expect(dataset[amsterdam, 0, 1].provenance?.file?.line == 3)
        #expect(dataset[amsterdam, 1, 0].provenance?.table == "Tabel 2")
        #expect(dataset[rotterdam, 0, 0].provenance?.line == 881)
    }

    @Test("Missing column, too many fields and too few: a short row is an error, never blanks")
    func structure() throws {
        let missing = try errors("region_type,region,measure,period\ngemeente,Amsterdam,begin-detentie,2022\n")
        #expect(missing == [LoadError(file: "in.csv", line: 1, .missingColumn(name: "value"))])
        let wide = try errors(Self.tidyHeader + "gemeente,Amsterdam,begin-detentie,2022,5,,,extra\n")
        #expect(wide.first?.problem == .tooManyFields(expected: 7, found: 8))
        #expect(wide.first?.line == 2)
        // 5 of 7 fields: the value is there, the table and line are not; blanks would be written ',,'.
        let short = try errors(Self.tidyHeader + "gemeente,Amsterdam,begin-detentie,2022,5,,\n"
                               + "gemeente,Rotterdam,begin-detentie,2022,7\n")
        #expect(short == [LoadError(file: "in.csv", line: 3, .tooFewFields(expected: 7, found: 5))])
        #expect(short.first?.description.hasPrefix("in.csv:3: 5 velden in deze regel, de kopregel heeft er 7") == true)
    }

    @Test("Unterminated quote and invalid UTF-8 are reported with their line")
    func malformedCSV() throws {
        let quote = try errors(Self.tidyHeader + "gemeente,\"Amsterdam,begin-detentie,2022,5,,\n")
        #expect(quote.last?.problem == .unterminatedQuote)
        #expect(quote.last?.line == 2)
        let path = try temporaryFolder() + "/latin1.csv"
        try Data(Self.tidyHeader.utf8 + [0x67, 0x65, 0x6D, 0xE9, 0x2C, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: LoadErrors.self) {
            try ReportLoader.loadData(
                path: path, file: "latin1.csv", spec: spec(), delivery: Delivery(document: ""), gazetteer: gazetteer)
        }
    }

    @Test("Wide Dutch-Excel file: BOM, semicolons, CRLF, merged period cells, page-break blank lines, Totaal")
    func wideSemicolon() throws {
        let path = Paths.fixtures + "/wide/appendix-semicolon.csv"
        let dataset = try ReportLoader.loadData(path: path, file: "appendix-semicolon.csv", spec: spec(),
                                                delivery: Delivery(document: "Test"), gazetteer: gazetteer).dataset
        let amsterdam = try row(of: "GM0363", in: dataset)
        #expect(dataset[amsterdam, 0, 0].amount == .count(1500))
        #expect(dataset[amsterdam, 1, 0].amount == .count(2077))
        #expect(dataset[amsterdam, 0, 1].amount == .count(1886))
        #expect(dataset[amsterdam, 1, 1].amount == .count(2111))
        #expect(dataset[amsterdam, 1, 1].provenance?.file?.line == 3)
        #expect(dataset[try #require(dataset.nationalRow), 1, 1].amount == .count(2121))
        #expect(dataset.regions.count == 3)
    }

    @Test("Wide comma file with quoted Dutch numbers and measure aliases")
    func wideComma() throws {
        let path = Paths.fixtures + "/wide/appendix-comma.csv"
        let dataset = try ReportLoader.loadData(path: path, file: "appendix-comma.csv", spec: spec(),
                                                delivery: Delivery(document: "Test"), gazetteer: gazetteer).dataset
        #expect(dataset[0, 0, 0].amount == .count(1500))
        #expect(dataset[0, 1, 1].amount == .count(2111))
    }

    @Test("Wide file errors: headings that map to nothing are listed with every column found")
    func wideHeaderErrors() throws {
        let found = try errors("Gemeente;2022;2024\n;begin detentie;bezoeken\nAmsterdam;1.500;3\n", name: "w.csv")
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.line == 1 && error.column == 3)
        #expect(error.message == "kolommen niet toe te wijzen: 3 '2024 | bezoeken': '2024' is geen periode van de "
                + "specificatie, 'bezoeken' is geen maat van de specificatie. Kolommen in het bestand: 1 'Gemeente', "
                + "2 '2022 | begin detentie', 3 '2024 | bezoeken'. De specificatie kent maten begin-detentie "
                + "('Meldingen begin detentie', 'begin detentie'), einde-detentie ('Meldingen einde detentie', "
                + "'einde detentie') en perioden 2022, 2023. Wijs een kolom toe met 'columns' of sla hem over met "
                + "'ignore' bij 'data'")
        #expect(error.description.contains("Kolommen in het bestand: 1 'Gemeente', 2 '2022 | begin detentie'"))
    }

    @Test("Wide file errors: a bad cell with its line and column, every one at once")
    func wideCellErrors() throws {
        let found = try errors("Gemeente;2022;;2023;\n;begin detentie;einde detentie;begin detentie;einde detentie\n"
                               + "Amsterdam;1.5;3;-;4\nAmsterdm;1;2;3;4\n", name: "w.csv")
        #expect(found.map(\.line) == [3, 3, 4])
        #expect(found.map(\.column) == [2, 4, 1])
        // '1.5' reads only with a decimal point, and as no count: the file stays Dutch, where '1.5' is no number.
        #expect(found[0].problem == .mixedNotation(cell: "1.5", notation: CellParser.Notation.dutch.described,
                                                   evidence: nil))
        #expect(found[1].problem == .ambiguousMarker(cell: "-"))
    }
}

/// Decodes a single table spec from YAML text.
enum YAMLTestDecoder {
    static func table(_ yaml: String) throws -> TableSpec {
        let report = """
        id: t
        title: t
        source: t
        published: "2024-01-01"
        reference: r
        tables:
        """ + "\n"
            + yaml.split(separator: "\n").enumerated().map { $0 == 0 ? "  - " + $1 : "    " + $1 }
            .joined(separator: "\n")
        let path = try temporaryFile("spec.yaml", report)
        return try #require(try SpecLoader.load(path: path).tables.first)
    }
}

@Suite("Report specifications")
struct SpecTests {
    @Test("A typo in a spec is an error that names the field, at any depth", arguments: [
        ("colums: {change: false}", "onbekend veld 'colums'"),
        ("columns: {chnage: false}", "onbekend veld 'chnage'"),
        ("measures: [{id: m, label: M, part: x}]", "onbekend veld 'part'"),
        ("colums: {zeta: 1}\nbase: 2022", "onbekend veld 'base'"),
    ])
    func unknownKeys(line: String, message: String) throws {
        var yaml = "id: t\ntitle: t\ndata: x.csv\nperiods: [2022]\n"
        if !line.hasPrefix("measures") { yaml += "measures: [{id: m, label: M}]\n" }
        yaml += line
        do {
            _ = try YAMLTestDecoder.table(yaml)
            Issue.record("expected an error")
        } catch let failure as LoadErrors {
            #expect(failure.errors.count == 1)
            #expect(failure.errors[0].message.contains(message), "\(failure.errors[0].message)")
        }
    }

    @Test("The project's and the fixture's specs load")
    func specsLoad() throws {
        #expect(try SpecLoader.load(path: Paths.realSpec).tables.count == 12)
        #expect(try SpecLoader.load(path: Paths.miniSpec).tables.count == 3)
    }
}
