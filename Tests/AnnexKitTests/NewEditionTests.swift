import Foundation
import Testing
import Yams
@testable import AnnexKit

/// `annex new-edition`: next year's annex from this year's, with the year's delivery.
@Suite("The next edition")
struct NewEditionTests {
    /// The mini project with titles that take their years from the periods, in both languages.
    static func project() throws -> MiniProject {
        let project = try MiniProject()
        try project.edit("reports/mini.yaml", [
            ("title: \"Meldingen per gemeente\"", "title: \"Meldingen per gemeente, {periode}\""),
            ("title: \"Meldingen per arrondissement\"", "title: \"Meldingen per arrondissement, {laatste_jaar}\""),
        ])
        try project.edit("templates/i18n/mini.en.yaml", [
            ("\"Notifications by municipality\"", "\"Notifications by municipality, {period}\""),
            ("\"Notifications by district\"", "\"Notifications by district, {last_year}\""),
        ])
        return project
    }

    /// The delivery of 2024 and 2025 as DJI sends it, with 2023 repeated.
    static func delivery() throws -> String {
        try temporaryFile("Injus 2025.csv", """
            Injus-meldingen per gemeente
            Gemeente;2023;2024;2025
            ;Begin detentie;Begin detentie;Begin detentie
            Amsterdam;1.886;1.950;2.010
            Rotterdam;1.763;1.801;1.790
            Totaal;3.700;3.900;3.950

            """)
    }

    static func options(_ project: MiniProject, file: String) -> NewEdition.Options {
        var options = NewEdition.Options(year: 2025)
        options.id = "mini-2025"
        options.added = [("meldingen", file)]
        options.supplier = "DJI"
        options.date = "2025-04-02"
        return options
    }

    @Test("The new files and one command: every title in both languages shows the new range; 2025 cites its delivery")
    func yearAdded() throws {
        let project = try Self.project()
        let before = try project.build()
        let oldFigures = try readText(before.folder + "/figures.csv")
        let result = try NewEdition.run(
            specPath: project.spec, options: Self.options(project, file: try Self.delivery()))
        #expect(result.spec == project.root + "/reports/mini-2025.yaml")
        #expect(result.translations == [project.root + "/templates/i18n/mini-2025.en.yaml"])
        #expect(result.extended.map(\.table) == ["meldingen", "meldingen-arrondissement"])
        #expect(result.copied == [project.root + "/data/figures/mini-2025/Injus 2025.csv"])
        #expect(result.expected.isEmpty && result.years.isEmpty)

        let dutch = try Build.run(specPath: result.spec, outputRoot: project.root + "/out")
        let english = try Build.run(specPath: result.spec, outputRoot: project.root + "/out", language: .en)
        let titles = { (build: BuildResult) in build.report.tables.prefix(2).map(build.wording.title) }
        #expect(titles(dutch) == ["Meldingen per gemeente, 2022–2025", "Meldingen per arrondissement, 2025"])
        #expect(titles(english) == ["Notifications by municipality, 2022–2025", "Notifications by district, 2025"])
        let markdown = try readText(dutch.folder + "/mini-2025.md")
        #expect(markdown.contains("| Gemeente | Begin detentie 2022 | Begin detentie 2023 | Begin detentie 2024 | "
                                  + "Begin detentie 2025 |"))

        let figures = try MiniProject.figures(dutch)
        let delivered = "DJI, Injus 2025.csv, 2025-04-02; bestand figures/mini-2025/Injus 2025.csv:"
        #expect(try MiniProject.figure(figures, "meldingen", "GM0363", "2025")[10] == delivered + "4")
        #expect(try MiniProject.figure(figures, "meldingen", "GM0363", "2024")[10] == delivered + "4")
        #expect(try MiniProject.figure(figures, "meldingen", "NL", "2025")[8] == "3950")
        // 2023 still cites the report it was printed in, as in the current edition.
        #expect(try MiniProject.figure(figures, "meldingen", "GM0363", "2023")[10]
                == "Testbron 2024, Bijlage X, r. 10; bestand figures/meldingen.csv:3")
        #expect(try MiniProject.figure(figures, "meldingen-arrondissement", "amsterdam", "2025")[10]
                == "DJI, Injus 2025.csv, 2025-04-02 (som van 1 gemeente)")
        // The current edition is as it was.
        #expect(try readText(try project.build().folder + "/figures.csv") == oldFigures)
    }

    @Test("A year's delivery whose headings name no year: its columns are of the one year it provides")
    func headingsWithoutYear() throws {
        let project = try Self.project()
        let file = try temporaryFile("Injus 2024.csv", """
            Gemeente;Begin detentie
            Amsterdam;1.950
            Rotterdam;1.801

            """)
        var options = Self.options(project, file: file)
        options.year = 2024
        options.id = "mini-2025"
        let result = try NewEdition.run(specPath: project.spec, options: options)
        let figures = try MiniProject.figures(try Build.run(specPath: result.spec, outputRoot: project.root + "/out"))
        #expect(try MiniProject.figure(figures, "meldingen", "GM0363", "2024")[8] == "1950")
        #expect(try MiniProject.figure(figures, "meldingen", "GM0599", "2024")[10]
                == "DJI, Injus 2024.csv, 2025-04-02; bestand figures/mini-2025/Injus 2024.csv:3")
        // In a file of two years such a heading stays an error ('geen periode', ReceivedTableTests).
    }

    @Test("The new spec keeps the current one's text, comments and order; only what changes is written")
    func specText() throws {
        let project = try Self.project()
        let result = try NewEdition.run(
            specPath: project.spec, options: Self.options(project, file: try Self.delivery()))
        let old = try readText(project.spec), new = try readText(result.spec)
        let removed = old.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            !new.split(separator: "\n", omittingEmptySubsequences: false).contains(line)
        }
        #expect(removed == ["id: mini", "published: \"2024-08-15\"", "    data: figures/meldingen.csv",
                            "    data: figures/verzoeken.csv"])
        #expect(new.components(separatedBy: "    periods: [2022, 2023, 2024, 2025]\n").count == 3)
        #expect(new.components(separatedBy: "    periods: [2022, 2023]\n").count == 2)   // verzoeken
        #expect(new.contains("""
            deliveries:
              mini: {document: Testbron 2024}
              injus-2025: {supplier: DJI, document: Injus 2025.csv, date: 2025-04-02}

            tables:
            """))
        #expect(new.contains("""
                data:
                  - {file: figures/meldingen.csv, delivery: mini}
                  - {file: figures/mini-2025/Injus 2025.csv, delivery: injus-2025, periods: [2024, 2025]}

            """))
        #expect(new.contains("published: \"2025-08-15\"\n"))
        #expect(try readText(result.translations[0]).contains("deliveries:\n  mini: Test source 2024\n\ntables:\n"))
    }

    @Test("A table whose file comes later; years written out in the texts are reported")
    func expectedFile() throws {
        let project = try Self.project()
        try project.edit("reports/mini.yaml", [("title: \"Verzoeken\"", "title: \"Verzoeken 2022–2023\"")])
        var options = NewEdition.Options(year: 2024)
        options.id = "mini-2025"
        options.tables = ["verzoeken"]
        let result = try NewEdition.run(specPath: project.spec, options: options)
        #expect(result.extended.map(\.table) == ["verzoeken"])
        #expect(result.expected.map(\.file) == ["figures/mini-2025/verzoeken-2024.csv"])
        #expect(FileManager.default.fileExists(atPath: project.root + "/data/figures/mini-2025"))
        #expect(result.years.map(\.written) == ["2022–2023"])
        #expect(result.years.first?.field == "tables.verzoeken.title")
    }

    @Test("Refused: an id without a year, a year a table has, an unknown table, an edition that exists")
    func refused() throws {
        let project = try Self.project()
        var options = NewEdition.Options(year: 2023)
        #expect(throws: NewEdition.Problem.noYearInID("mini")) {
            try NewEdition.run(specPath: project.spec, options: options)
        }
        options.id = "mini-2025"
        options.tables = ["meldingen"]
        #expect(throws: NewEdition.Problem.alreadyHas("meldingen", year: 2023)) {
            try NewEdition.run(specPath: project.spec, options: options)
        }
        options.tables = ["meldingen-arrondissement"]
        #expect(throws: NewEdition.Problem.unknownTable("meldingen-arrondissement", known: ["meldingen", "verzoeken"]))
        {
            try NewEdition.run(specPath: project.spec, options: options)
        }
        options.year = 2024
        options.tables = []
        _ = try NewEdition.run(specPath: project.spec, options: options)
        #expect(throws: NewEdition.Problem.exists(project.root + "/reports/mini-2025.yaml")) {
            try NewEdition.run(specPath: project.spec, options: options)
        }
    }

    @Test("The YAML editor keeps what it does not edit, in block and flow style, quotes and comments")
    func editor() throws {
        var editor = try YAMLEditor(yaml: """
            # kop
            id: x   # id
            tables:
              - {id: a, data: "a, b.csv", periods: [2022]}
              - id: b
                data:
                - b.csv   # oud
                - c.csv
                title: "Den Haag's tabel [1"
              - id: c
                periods: [2022,
                  2023]
            """)
        try editor.replace(["id"], with: Node("y"))
        try editor.replace(["tables", .index(0), "periods"], with: .sequence(.init([Node("2022"), Node("2023")])))
        try editor.replace(["tables", .index(1), "data"], with: .sequence(.init([Node("d.csv")])))
        try editor.replace(["tables", .index(2), "periods"], with: .sequence(.init([Node("2024")])))
        #expect(editor.result == """
            # kop
            id: y   # id
            tables:
              - {id: a, data: "a, b.csv", periods: [2022, 2023]}
              - id: b
                data:
                  - d.csv
                title: "Den Haag's tabel [1"
              - id: c
                periods: [2024]
            """)
    }
}
