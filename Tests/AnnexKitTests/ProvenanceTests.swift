import Foundation
import Testing
@testable import AnnexKit

/// Provenance per delivered file: a table whose years come from two deliveries cites, for each
/// figure, the delivery and the file it was read from.
@Suite("Provenance per delivered file")
struct ProvenanceTests {
    /// The mini report with 2024 added to the notifications from a delivery of DJI, a table as
    /// received that repeats 2023.
    static func project() throws -> MiniProject {
        let project = try MiniProject()
        try project.edit("reports/mini.yaml", [
            ("tables:\n", """
            deliveries:
              dji-2025:
                supplier: DJI
                document: "Injus-meldingen per gemeente, levering 2025"
                date: 2025-04-02
            tables:

            """),
            ("    data: figures/meldingen.csv\n", """
                data:
                  - figures/meldingen.csv
                  - {file: leveringen/injus-2024.csv, delivery: dji-2025, periods: [2024]}

            """),
            ("    periods: [2022, 2023]\n    top: 2", "    periods: [2022, 2023, 2024]\n    top: 2"),
            ("    row_header: Arrondissement\n    periods: [2022, 2023]",
             "    row_header: Arrondissement\n    periods: [2022, 2023, 2024]"),
        ])
        try project.write("data/leveringen/injus-2024.csv", """
            Injus-meldingen per gemeente, 2023–2024
            Gemeente;2023;2024
            ;Begin detentie;Begin detentie
            Amsterdam;1.886;1.950
            Rotterdam;1.763;1.801
            Totaal;3.700;3.900
            Bron: DJI

            """)
        return project
    }

    static let dji = "DJI, Injus-meldingen per gemeente, levering 2025, 2025-04-02"

    @Test("Each figure cites its own delivery and file; derived ones the figures they come from")
    func figures() throws {
        let result = try Self.project().build()
        let figures = try MiniProject.figures(result)
        let new = try MiniProject.figure(figures, "meldingen", "GM0363", "2024")
        #expect(new[8] == "1950")
        #expect(new[10] == Self.dji + "; bestand leveringen/injus-2024.csv:4")
        let old = try MiniProject.figure(figures, "meldingen", "GM0363", "2023")
        #expect(old[8] == "1886")   // from the report, not from the delivery that repeats it
        #expect(old[10] == "Testbron 2024, Bijlage X, r. 10; bestand figures/meldingen.csv:3")
        let change = try MiniProject.figure(figures, "meldingen", "GM0363", "2024", "change")
        #expect(change[8] == "64" && change[10] == "berekend uit " + new[10])
        let national = try MiniProject.figure(figures, "meldingen", "NL", "2024")
        #expect(national[8] == "3900" && national[10] == Self.dji + "; bestand leveringen/injus-2024.csv:6")
        let district = try MiniProject.figure(figures, "meldingen-arrondissement", "amsterdam", "2024")
        #expect(district[10] == Self.dji + " (som van 1 gemeente)")
        let earlier = try MiniProject.figure(figures, "meldingen-arrondissement", "amsterdam", "2022")
        #expect(earlier[10] == "Testbron 2024, Bijlage X (som van 1 gemeente)")
    }

    @Test("The source line names every delivery, in the annex's language; the repeated year is reported")
    func sourceLines() throws {
        let project = try Self.project()
        let dutch = try project.build()
        let markdown = try readText(dutch.folder + "/mini.md")
        #expect(markdown.contains("Bron: Testbron 2024; tabel X, bijlage B (vanaf p. 9); " + Self.dji + "\n"))
        let meldingen = try #require(dutch.report.tables.first { $0.id == "meldingen" })
        #expect(meldingen.sources.map(\.delivery.id) == ["", "dji-2025"])
        try project.edit("templates/i18n/mini.en.yaml", [("source_parts:", """
            deliveries:
              dji-2025: "DJI, Injus notifications by municipality, delivery 2025, 2025-04-02"
            source_parts:
            """)])
        let english = try project.build(.en)
        #expect(try readText(english.folder + "/mini.md").contains(
            "Source: Test source 2024; table X, appendix B (from p. 9); DJI, Injus notifications by municipality, "
                + "delivery 2025, 2025-04-02\n"))
        let check = Check.run(specPath: project.spec)
        #expect(check.errors.isEmpty)
        #expect(check.notices.map(\.description).contains {
            $0.hasSuffix("leveringen/injus-2024.csv: cijfers van 2023 niet gelezen: dit bestand levert voor de tabel "
                         + "alleen de periods van zijn regel onder 'data'")
        })
    }

    @Test("Deliveries and the periods of data files are checked where the spec names them", arguments: [
        ("{file: a.csv, delivery: cbs}", "[2022, 2023]", "levering 'cbs' van 'a.csv' staat niet onder deliveries"),
        ("[a.csv, b.csv]", "[2022, 2023]", "geef bij elk bestand onder data behalve één de periods die het levert"),
            (
                "[a.csv, {file: b.csv, periods: [2024]}]", "[2022, 2023]",
                "'b.csv' levert periode 2024, die niet in periods staat"
            ),
        ("[{file: a.csv, periods: [2023]}, {file: b.csv, periods: [2023]}]", "[2022, 2023]",
         "periode 2023 komt uit twee bestanden, 'a.csv' en 'b.csv'"),
    ])
    func specProblems(data: String, periods: String, message: String) throws {
        let yaml = "id: t\ntitle: t\ndata: \(data)\nperiods: \(periods)\nmeasures: [{id: m, label: M}]"
        #expect(throws: LoadErrors.self) { try YAMLTestDecoder.table(yaml) }
        do {
            _ = try YAMLTestDecoder.table(yaml)
        } catch let failure as LoadErrors {
            #expect(failure.errors.contains { $0.message.contains(message) }, "\(failure)")
        }
    }

    @Test("A delivery's date is a date")
    func deliveryDate() throws {
        let path = try temporaryFile("spec.yaml", """
            id: t
            title: t
            source: t
            published: "2024-01-01"
            reference: r
            deliveries:
              dji: {document: Injus, date: 2025-02-30}
            tables: []
            """)
        #expect(throws: LoadErrors.self) { try SpecLoader.load(path: path) }
        do {
            _ = try SpecLoader.load(path: path)
        } catch let failure as LoadErrors {
            #expect(failure.description.contains("spec.yaml:7:"))
            #expect(failure.description.contains(
                "geen datum JJJJ-MM-DD (een bestaande dag, jaar 1900 tot en met 9999): '2025-02-30'"))
        }
    }
}
