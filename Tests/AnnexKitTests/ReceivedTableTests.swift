import Foundation
import Testing
@testable import AnnexKit

/// Tables in CSV as users receive them: from Dutch or English Excel, with titles, wrapped
/// headings and notes around the figures.
@Suite("Loading tables as received (CSV)")
struct ReceivedTableTests {
    /// The notice about a `Totaal` row in a table without `share_of`.
    static let deliveredTotal = "'Totaal' gelezen als het geleverde totaal: aandelen zijn daarvan genomen, onder de "
        + "kop 'aandeel in Nederland'; is het een ander totaal (van de gemeenten in het bestand), noem het dan met "
        + "share_of bij de tabel"

    static let measures = """
    measures:
      - {id: begin-detentie, label: "Meldingen begin detentie"}
      - {id: einde-detentie, label: "Meldingen einde detentie"}
    """

    @Test("Footnote marks and surrounding spaces leave a label; a label without them stays as it is")
    func footnoteMarks() {
        #expect(TableVocabulary.withoutFootnoteMarks("Amsterdam¹") == "Amsterdam")
        #expect(TableVocabulary.withoutFootnoteMarks(" 's-Hertogenbosch²⁾ \n") == "'s-Hertogenbosch")
        #expect(TableVocabulary.withoutFootnoteMarks("Súdwest-Fryslân ³") == "Súdwest-Fryslân")
        #expect(TableVocabulary.withoutFootnoteMarks("\u{00A0}Meldingen 2023") == "Meldingen 2023")
        #expect(TableVocabulary.withoutFootnoteMarks("Meldingen 2023") == "Meldingen 2023")
        #expect(TableVocabulary.withoutFootnoteMarks("") == "")
    }

    /// A count and a measure with decimals.
    static let withDuration = """
    measures:
      - {id: begin-detentie, label: "Meldingen begin detentie"}
      - {id: gemiddelde-duur, label: "Gemiddelde duur", kind: average}
    """

    /// One measure of each kind, for a file of only that measure's columns.
    static let beginOnly = "measures:\n  - {id: begin-detentie, label: \"Meldingen begin detentie\"}\n"
    static let durationOnly = "measures:\n  - {id: gemiddelde-duur, label: \"Gemiddelde duur\", kind: average}\n"

    func spec(_ data: String = "x.csv", periods: String = "[2022, 2023]",
              measures: String = ReceivedTableTests.measures) throws -> TableSpec {
        try YAMLTestDecoder.table("id: meldingen\ntitle: Meldingen\ndata: \(data)\nrow_header: Gemeente\n"
                                  + "periods: \(periods)\n" + measures)
    }

    func load(_ text: String, name: String = "in.csv", spec: TableSpec? = nil) throws -> LoadedDataset {
        let path = try temporaryFile(name, text)
        return try ReportLoader.loadData(
            path: path, file: name, spec: spec ?? self.spec(), delivery: Delivery(document: "Levering"),
                                         gazetteer: realGazetteer)
    }

    func errors(_ text: String, spec: TableSpec? = nil) throws -> [LoadError] {
        do {
            _ = try load(text, spec: spec)
        } catch let failure as LoadErrors {
            return failure.errors
        }
        Issue.record("expected load errors")
        return []
    }

    /// A table as Dutch Excel saves it ('CSV UTF-8'): BOM, CRLF, semicolons padded to the used
    /// range, a merged title, a year over its two measures, a heading with a footnote mark, a
    /// wrapped heading with its unit, `1.412` and `12,5`, a page-break blank line, the total, then
    /// the source and the footnote.
    static let dutchExcel = "\u{FEFF}" + [
        "Injus-meldingen per gemeente, 2022–2023;;;;",
        ";;;;",
        "Gemeente;2022;;2023;",
        String(repeating: ";Meldingen begin detentie¹;\"Gemiddelde duur\r\n(dagen)\"", count: 2),
        "Amsterdam;1.412;12,5;1.886;13,0",
        "Beek L;5;8,25;x;.",
        ";;;;",
        "Rozendaal;;;;",
        "Totaal;1.417;12,4;1.886;13,0",
        "\"Bron: DJI, Injus; bewerking JenV\";;;;",
        "¹ Exclusief justitiële jeugdinrichtingen.;;;;",
    ].joined(separator: "\r\n") + "\r\n"

    @Test("Dutch Excel: title and notes reported, not read as regions; wrapped headings joined; 1.412 and 12,5 exact")
    func dutchExcel() throws {
        let loaded = try load(Self.dutchExcel, spec: try spec(measures: Self.withDuration))
        let dataset = loaded.dataset
        let amsterdam = try row(of: "GM0363", in: dataset)
        #expect(dataset[amsterdam, 0, 0].amount == .count(1412))
        #expect(dataset[amsterdam, 1, 0].amount == .value(Exact(125, over: 10)))
        #expect(dataset[amsterdam, 0, 1].amount == .count(1886))
        // The delivery, and the file as the spec names it with the line: no table of the delivery is named.
        #expect(dataset[amsterdam, 0, 1].provenance == Provenance(delivery: Delivery(document: "Levering"), table: "",
                                                                  file: FileLocation(file: "x.csv", line: 7)))
        let beek = try row(of: "GM0888", in: dataset)
        #expect(dataset[beek, 0, 1].amount == .suppressed)
        #expect(dataset[beek, 1, 1].amount == .missing)
        let rozendaal = try row(of: "GM0277", in: dataset)
        #expect(dataset[rozendaal, 1, 1].amount == .missing)   // a region without figures stays a row
        #expect(dataset[try #require(dataset.nationalRow), 0, 0].amount == .count(1417))
        #expect(dataset.regions.count == 4)
        #expect(loaded.notices.map(\.description) == [
            "in.csv:1: titel boven de kopregel overgeslagen: 'Injus-meldingen per gemeente, 2022–2023'",
            "in.csv:4: voetnootteken weggelaten uit 'Meldingen begin detentie¹'",
            "in.csv:12: noot of bron onder de cijfers overgeslagen: 'Bron: DJI, Injus; bewerking JenV'",
            "in.csv:13: noot of bron onder de cijfers overgeslagen: '¹ Exclusief justitiële jeugdinrichtingen.'",
            "in.csv:11: " + Self.deliveredTotal,
            "in.csv:7: getallen in tekst gelezen in Nederlandse notatie (1.412 en 12,5), zoals '1.412'",
        ])
    }

    @Test("English Excel: commas, 1,412 quoted, 12.5, one heading per column naming measure and year")
    func englishExcel() throws {
        let loaded = try load("""
        Injus notifications by municipality
        Gemeente,Meldingen begin detentie 2022,Gemiddelde duur 2022,2023 Meldingen begin detentie,\
        2023 Gemiddelde duur
        Amsterdam,"1,412",12.5,"2,111",13.0
        Source: DJI
        """, spec: try spec(measures: Self.withDuration))
        let amsterdam = try row(of: "GM0363", in: loaded.dataset)
        #expect(loaded.dataset[amsterdam, 0, 0].amount == .count(1412))
        #expect(loaded.dataset[amsterdam, 1, 0].amount == .value(Exact(125, over: 10)))
        #expect(loaded.dataset[amsterdam, 0, 1].amount == .count(2111))
        #expect(loaded.notices.map(\.kind) == [.title("Injus notifications by municipality"), .note("Source: DJI"),
                                               .notation(.en, example: "1,412")])
    }

    @Test("A file whose numbers show both notations: the cells of the other are errors naming one of the file's")
    func mixedNotation() throws {
        let found = try errors("Gemeente,2022,2023\n,Gemiddelde duur,Gemiddelde duur\nAmsterdam,\"12,5\",3\n"
                               + "Utrecht,1,12.5\n", spec: try spec(measures: Self.durationOnly))
        #expect(found.map(\.description) == ["in.csv:3:2: '12,5' past niet bij de schrijfwijze van dit bestand: "
                                             + "Engelse getallen (1,500, 12.5), zoals regel 4, kolom 3: '12.5'; een "
                    + "bestand schrijft al zijn getallen op één manier (in het Nederlands staat "
                                             + "een punt alleen tussen groepen van drie cijfers)"])
    }

    @Test("'numbers: en' reads a file English, also where a cell would read both ways")
    func statedNotation() throws {
        let text = "Gemeente;2022;2023\n;Gemiddelde duur;Gemiddelde duur\nAmsterdam;1.500;3\n"
        let table = try spec("{file: x.csv, numbers: en}", measures: Self.durationOnly)
        #expect(try load(text, spec: table).dataset[0, 0, 0].amount == .value(Exact(15, over: 10)))
        #expect(try errors(text, spec: try spec(measures: Self.durationOnly)).map(\.problem)
                    == [.ambiguousNumber(cell: "1.500")])
    }

    @Test("'columns' maps headings to measures, 'ignore' skips a column; one period is implied")
    func columnsAndIgnore() throws {
        let table = try spec("{file: x.csv, columns: {Ingestroomd: begin-detentie, Uitgestroomd: einde-detentie}, "
                             + "ignore: [Gemeentecode]}", periods: "[2023]")
        let loaded = try load("Gemeentecode;Gemeente;Ingestroomd (aantal);Uitgestroomd (aantal)\n"
                              + "GM0363;Amsterdam;10;20\n", spec: table)
        let amsterdam = try row(of: "GM0363", in: loaded.dataset)
        #expect(loaded.dataset[amsterdam, 0, 0].amount == .count(10))
        #expect(loaded.dataset[amsterdam, 1, 0].amount == .count(20))
    }

    @Test("A column is named in 'columns' and 'ignore' as the error lists it, over several header rows")
    func listedColumns() throws {
        let text = "Gemeente;Wmo-cliënten;Wmo-cliënten;Wmo-cliënten\n;Ingestroomd;Uitgestroomd;Verschil (%)\n"
            + "Amsterdam;10;20;100,0\n"
        let found = try errors(text, spec: try spec(periods: "[2023]"))
        guard case .unmappedColumns(_, let columns, _) = found.first?.problem else {
            Issue.record("wrong errors \(found)")
            return
        }
        #expect(columns.last == "4 'Wmo-cliënten | Verschil (%)'")
        let table = try spec("{file: x.csv, columns: {\"Wmo-cliënten | Ingestroomd\": begin-detentie, "
                             + "\"wmo-cliënten | uitgestroomd\": einde-detentie}, "
                             + "ignore: [\"Wmo-cliënten | Verschil (%)\"]}",
                             periods: "[2023]")
        let loaded = try load(text, spec: table)
        let amsterdam = try row(of: "GM0363", in: loaded.dataset)
        #expect(loaded.dataset[amsterdam, 0, 0].amount == .count(10))
        #expect(loaded.dataset[amsterdam, 1, 0].amount == .count(20))
    }

    @Test("A column without measure or period is an error that lists every column found")
    func missingPeriod() throws {
        let found = try errors("Gemeente;Meldingen begin detentie;Meldingen einde detentie\nAmsterdam;1;2\n")
        guard case .unmappedColumns(let problems, let columns, _) = found.first?.problem else {
            Issue.record("wrong errors \(found)")
            return
        }
        #expect(problems.map(\.description) == ["2 'Meldingen begin detentie': geen periode",
                                                "3 'Meldingen einde detentie': geen periode"])
        #expect(columns == ["1 'Gemeente'", "2 'Meldingen begin detentie'", "3 'Meldingen einde detentie'"])
        #expect(found.first?.column == 2)
    }

    @Test("A column the spec asks for that the file lacks is an error naming it and the file's columns")
    func absentColumn() throws {
        let found = try errors("Gemeente;Meldingen begin detentie 2022;Meldingen einde detentie 2022;"
                               + "Meldingen begin detentie 2023\nAmsterdam;1;2;\n")
        #expect(found == [LoadError(file: "in.csv", line: 1, .absentColumns(
            names: ["Meldingen einde detentie 2023"],
            found: ["1 'Gemeente'", "2 'Meldingen begin detentie 2022'", "3 'Meldingen einde detentie 2022'",
                    "4 'Meldingen begin detentie 2023'"]))])
        #expect(found.first?.message.hasPrefix("kolommen die de specificatie vraagt ontbreken in het bestand: "
                                               + "'Meldingen einde detentie 2023'. Kolommen in het bestand: ") == true)
        // The periods the file provides: a file of 2022 alone lacks nothing.
        let loaded = try load("Gemeente;Meldingen begin detentie;Meldingen einde detentie\nAmsterdam;1;\n",
                              spec: try spec(periods: "[2022]"))
        let amsterdam = try row(of: "GM0363", in: loaded.dataset)
        #expect(loaded.dataset[amsterdam, 1, 0].amount == .missing, "a blank cell of a present column stays missing")
    }

    @Test("No row names a measure, period or the column of names: no header, and what the spec knows")
    func noHeader() throws {
        let found = try errors("Amsterdam;1;2\nUtrecht;3;4\n")
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("geen kopregel gevonden") == true)
        #expect(found.first?.message.contains("begin-detentie ('Meldingen begin detentie')") == true)
    }

    @Test("Row by row: a damaged record beyond a missing header is the error; a text between rows is read")
    func readRowByRow() throws {
        let damaged = try errors("Amsterdam;1;2\nUtrecht;3;4\n\"Rotterdam;5;6\n")
        #expect(damaged.map(\.problem) == [.unterminatedQuote])
        #expect(damaged.first?.line == 3)
        // A row without figures between two with figures is a row of the table (its name is unknown); the
        // rows below the last figure are notes, listed after the title and before the notation.
        let between = try errors("Gemeente;Meldingen begin detentie\nAmsterdam;1\nZie noot 1\nUtrecht;3\n",
                                 spec: try spec(periods: "[2022]", measures: Self.beginOnly))
        #expect(!between.isEmpty && between.allSatisfy { $0.line == 3 }, "\(between)")
        let loaded = try load("Tabel 1\nGemeente;Meldingen begin detentie\nAmsterdam;1.412\n\nBron: DJI\nNoot 2\n",
                              spec: try spec(periods: "[2022]", measures: Self.beginOnly))
        #expect(loaded.notices.map(\.kind).prefix(3) == [.title("Tabel 1"), .note("Bron: DJI"), .note("Noot 2")])
        #expect(loaded.notices.map(\.line).prefix(3) == [1, 5, 6])
    }

    @Test("Figures without a name, and figures beyond the headings, are errors with their cell")
    func rowErrors() throws {
        let found = try errors("Gemeente;2022;2023\n;Meldingen begin detentie;Meldingen begin detentie\n"
                               + ";1;2\nAmsterdam;1;2;3\n", spec: try spec(measures: Self.beginOnly))
        #expect(found == [LoadError(file: "in.csv", line: 3, column: 1, .missingRegionName),
                          LoadError(file: "in.csv", line: 4, column: 4, .tooManyFields(expected: 3, found: 4))])
    }

    @Test("A CSV row with fewer fields than the header is an error; a worksheet row may end early")
    func shortRows() throws {
        let found = try errors("Gemeente;2022;2023\n;Meldingen begin detentie;Meldingen begin detentie\n"
                               + "Amsterdam;1;2\nRotterdam;3\n", spec: try spec(measures: Self.beginOnly))
        #expect(found == [LoadError(file: "in.csv", line: 4, .tooFewFields(expected: 3, found: 2))])
        let rows = [["Gemeente", "2022", "2023"], ["", "Meldingen begin detentie", "Meldingen begin detentie"],
                    ["Amsterdam", "1", "2"], ["Rotterdam", "3"]]
        let sheet = rows.enumerated().map { InputRow(line: $0.offset + 1, cells: $0.element.map(InputCell.text)) }
        let loaded = try ReceivedTableLoader.load(rows: sheet, file: "in.xlsx[Blad1]", separator: nil,
                                                  spec: spec(measures: Self.beginOnly),
                                                  source: DataSource(file: "in.xlsx"),
                                                  citation: FileCitation(delivery: Delivery(document: "Levering"),
                                                                         file: "in.xlsx[Blad1]"),
                                                  gazetteer: realGazetteer)
        let rotterdam = try row(of: "GM0599", in: loaded.dataset)
        #expect(loaded.dataset[rotterdam, 0, 1].amount == .missing)
    }

    @Test("A table per measure as received: rows of measures, a column per year")
    func perMeasure() throws {
        let table = try YAMLTestDecoder.table("""
        id: instroom
        title: Instroom
        data: x.csv
        layout: measures
        row_header: Sector
        periods: [2019, 2020]
        measures:
          - {id: gevangeniswezen, label: Gevangeniswezen}
          - {id: tbs, label: "Tbs (eerste opnames)"}
        """)
        let loaded = try load("Tabel 1. Instroom per sector\nSector;2019;2020\nGevangeniswezen;30.402;21.664\n"
                              + "Tbs (eerste opnames);135;166\nBron: DJI\n", spec: table)
        let national = try #require(loaded.dataset.nationalRow)
        #expect(loaded.dataset[national, 0, 0].amount == .count(30402))
        #expect(loaded.dataset[national, 1, 1].amount == .count(166))
        #expect(loaded.notices.map(\.kind) == [.title("Tabel 1. Instroom per sector"), .note("Bron: DJI"),
                                               .notation(.nl, example: "30.402")])
    }

    @Test("Old Excel and OpenDocument files are refused with what to do")
    func unsupported() throws {
        #expect(try errors("") == [LoadError(file: "in.csv", .emptyFile)])
        for ext in ["xls", "ods"] {
            let path = try temporaryFile("old.\(ext)", "binary")
            #expect(throws: LoadErrors([LoadError(file: "old.\(ext)", .unsupportedFormat(extension: ext))])) {
                try ReportLoader.loadData(
                    path: path, file: "old.\(ext)", spec: spec(), delivery: Delivery(document: ""),
                                          gazetteer: realGazetteer)
            }
        }
    }
}
