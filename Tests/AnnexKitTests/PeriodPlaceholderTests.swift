import Foundation
import Testing
@testable import AnnexKit

/// Texts that take their years from the periods, and the warning about years that do not follow.
@Suite("Years in texts from the periods")
struct PeriodPlaceholderTests {
    static let periods = ["2019", "2020", "2021", "2022", "2023"].map(Period.init)

    @Test("Each placeholder, Dutch and English", arguments: [
        ("Instroom, {periode}", "Instroom, 2019–2023"), ("Inflow, {period}", "Inflow, 2019–2023"),
        ("{eerste_jaar} tot {laatste_jaar}", "2019 tot 2023"), ("{first_year}/{last_year}", "2019/2023"),
        ("sinds {vorig_jaar}", "sinds 2022"), ("since {previous_year}", "since 2022"),
        ("geen {plaatshouder zonder sluiting", "geen {plaatshouder zonder sluiting"),
    ])
    func fill(text: String, filled: String) throws {
        #expect(try PeriodPlaceholders(periods: Self.periods).fill(text) == filled)
    }

    @Test("One period is its own range; an unknown placeholder or a previous year of one period is refused")
    func problems() throws {
        let single = PeriodPlaceholders(periods: [Period("2023")])
        #expect(try single.fill("{periode}") == "2023")
        #expect(throws: PeriodPlaceholders.Problem.needsTwoPeriods(name: "vorig_jaar")) {
            try single.fill("{vorig_jaar}")
        }
        #expect(throws: PeriodPlaceholders.Problem.unknown(name: "perode")) { try single.fill("x {perode}") }
    }

    @Test("A spec's texts are filled from their own periods: a table's, a note's tables', the report's")
    func scopes() throws {
        let path = try temporaryFile("spec.yaml", """
            id: t
            title: "Bijlage {periode}"
            source: s
            published: "2024-08-15"
            reference: r
            footnotes: {n: "Cijfers {eerste_jaar} en later"}
            tables:
              - {id: a, title: "A, {periode}", data: a.csv, periods: [2019, 2020], footnotes: [n],
                 measures: [{id: m, label: "M {laatste_jaar}"}]}
              - {id: b, title: "B, {period}", data: b.csv, periods: [2022, 2023], measures: [{id: m, label: M}]}
            """)
        let spec = try SpecLoader.load(path: path)
        #expect(spec.title == "Bijlage 2019–2023")
        #expect(spec.tables.map(\.title) == ["A, 2019–2020", "B, 2022–2023"])
        #expect(spec.tables[0].measures[0].label == "M 2020")
        #expect(spec.footnotes["n"] == "Cijfers 2019 en later")
    }

    @Test("An unknown placeholder is an error with the line and column of its field, in the spec or a translation")
    func unknownPlaceholder() throws {
        let project = try MiniProject()
        try project.edit("reports/mini.yaml", [("title: \"Meldingen per gemeente\"", "title: \"Meldingen, {perode}\"")])
        do {
            _ = try SpecLoader.load(path: project.spec)
            Issue.record("expected an error")
        } catch let failure as LoadErrors {
            #expect(failure.errors.map(\.description) == [
                project.spec + ":16:5: ongeldige rapportspecificatie: onbekende plaatshouder {perode}; bekend: "
                    + "{periode}, {period}, {eerste_jaar}, {first_year}, {laatste_jaar}, {last_year}, "
                    + "{vorig_jaar}, {previous_year}",
            ])
        }
        let english = try MiniProject()
        try english.edit(
            "templates/i18n/mini.en.yaml", [("\"Notifications by district\"", "\"Notifications, {yaer}\"")])
        #expect(throws: LoadErrors.self) { try english.build(.en) }
        do {
            _ = try english.build(.en)
        } catch let failure as LoadErrors {
            #expect(failure.description.contains("mini.en.yaml:18:12: vertaling niet bruikbaar: title: onbekende "
                                                 + "plaatshouder {yaer}"))
        }
    }

    @Test("The real report's titles follow the periods in both languages")
    func realTitles() throws {
        let dutch = try realBuild.get(), english = try realEnglishBuild.get()
        let table = try #require(dutch.report.tables.first { $0.id == "instroom-sector" })
        #expect(dutch.wording.title(table) == "Tabel 1. Instroom per sector, 2019–2022")
        #expect(english.wording.title(table) == "Table 1. Inflow by sector, 2019–2022")
    }

    @Test("annex check warns about a year a text names that its periods do not explain, in every language")
    func staleYears() throws {
        let project = try MiniProject()
        try project.edit("reports/mini.yaml", [
            ("title: \"Meldingen per gemeente\"", "title: \"Meldingen per gemeente, 2021–2023\""),
            ("title: \"Verzoeken\"", "title: \"Verzoeken in 2022 en 2019\""),
            ("  - \"Een noot bij het rapport.\"", "  - \"Een noot bij het rapport van 2024 over {periode}.\""),
        ])
        try project.edit("templates/i18n/mini.en.yaml", [
            ("\"Notifications by district\"", "\"Notifications by district, 2022-2023\""),
            ("\"Requests\"\n", "\"Requests, 2019–2022\"\n"),
        ])
        let report = Check.run(specPath: project.spec)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.years.map { "\($0.field) \($0.written)" } == [
            "tables.meldingen.title 2021–2023", "tables.verzoeken.title 2019",
            "tables.verzoeken.title 2019–2022", "tables.verzoeken.measures.verzoeken 2019–2022",
        ])
        #expect(report.years.map(\.file) == [project.spec, project.spec, project.translation, project.translation])
        #expect(report.years[0].description.hasSuffix("tables.meldingen.title: '2021–2023' valt buiten de periode "
                                                      + "2022–2023 waar de tekst over gaat; schrijf een plaatshouder "
                                                      + "({periode}, {period}, {eerste_jaar}, {first_year}, "
                                                      + "{laatste_jaar}, {last_year}, {vorig_jaar}, {previous_year}), "
                                                      + "dan volgt de tekst de periods"))
        #expect(report.years[0].message.text(in: .en).contains(": '2021–2023' lies outside the period 2022–2023"))
    }
}
