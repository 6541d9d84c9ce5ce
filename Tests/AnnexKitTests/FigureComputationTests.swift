import Foundation
import Testing
@testable import AnnexKit

/// The figures of the fixture `Fixtures/figures/figuren.yaml` (the mini tables, a figure of every
/// kind), computed and checked by hand.
@Suite("Figures: spec and computation")
struct FigureComputationTests {
    static let spec = Paths.fixtures + "/figures/figuren.yaml"
    static let data = Paths.fixtures + "/mini/data"

    static let report = Result { try ReportComputer.compute(try ReportLoader.load(specPath: spec, dataRoot: data)) }

    func chart(_ id: String) throws -> Chart {
        try #require(try Self.report.get().charts.first { $0.id == id })
    }

    func data(_ id: String) throws -> ChartData {
        guard case .chart(let data) = try chart(id).content else { throw FigureComputer.Problem(.figureNoSeries) }
        return data
    }

    @Test("Figures are numbered in the annex's order: beside their first table, then in spec order")
    func numbering() throws {
        let charts = try Self.report.get().charts
        #expect(charts.map(\.id) == ["kaart", "top", "totaal", "gemeenten", "kaart-arrondissement", "verzoeken-soort",
                                     "verandering"])
        #expect(charts.map(\.number) == Array(1...7))
    }

    @Test("A map in quantiles: bounds rounded to two significant digits, every value in its class, gaps without class")
    func mapClasses() throws {
        guard case .map(let map) = try chart("kaart").content else { Issue.record("not a map"); return }
        // Values of both years, sorted: 0, 5, 10, 25, 1.500, 1.723, 1.763, 1.886. Thirds start at the
        // 3rd (10) and the 6th (1.723 → 1.700).
        #expect(map.classes == [MapClass(lower: nil, upper: Exact(10)), MapClass(lower: Exact(10), upper: Exact(1700)),
                                MapClass(lower: Exact(1700), upper: nil)])
        #expect(map.panels.map(\.year) == [2022, 2023])
        let classes = map.panels.map { panel in
            Dictionary(uniqueKeysWithValues: panel.shapes.map { ($0.region.code, $0.classIndex) })
        }
        #expect(classes[0] == ["GM0363": 1, "GM0599": 2, "GM0501": 1, "GM0888": 0, "GM0917": 0])
        #expect(classes[1] == ["GM0363": 2, "GM0599": 2, "GM1992": 1, "GM0888": nil, "GM0917": nil])
        let statuses = map.panels[1].shapes.compactMap { $0.value?.amount.status }.sorted { $0.rawValue < $1.rawValue }
        #expect(statuses == [.missing, .ok, .ok, .ok, .suppressed])
        #expect(map.panels[0].highest.map { map.panels[0].shapes[$0].region.name } == ["Rotterdam"])
        #expect(map.panels[0].lowest.map { map.panels[0].shapes[$0].region.name } == ["Heerlen"])
        #expect(map.total?.values.map(\.amount) == [.count(3240), .count(3700)])
        #expect(map.borders == .provincie && map.panels[0].borders.count == 14 && map.panels[0].outlines.isEmpty)
    }

    @Test("A district map: a shape per district from its municipalities, fixed bounds, outlines between districts")
    func districtMap() throws {
        guard case .map(let map) = try chart("kaart-arrondissement").content else { Issue.record("not a map"); return }
        let panel = try #require(map.panels.first)
        #expect(panel.shapes.map(\.region.code) == ["amsterdam", "limburg", "rotterdam"])
        #expect(panel.shapes.map(\.rings.count) == [2, 2, 2])
        #expect(panel.shapes.map(\.classIndex) == [2, 0, 2])  // 1.500, 5 + 0, 1.723 + 10
        #expect(map.classes.count == 3 && !panel.outlines.isEmpty && !panel.borders.isEmpty)
    }

    @Test("Figures only checked (`annex check`): no chart made, the same tables")
    func checkedOnly() throws {
        let inputs = try ReportLoader.load(specPath: Self.spec, dataRoot: Self.data)
        let checked = try ReportComputer.compute(inputs, drawn: false)
        let drawn = try Self.report.get()
        #expect(checked.charts.isEmpty && drawn.charts.count == 7)
        #expect(checked.tables.map(\.id) == drawn.tables.map(\.id))
        #expect(checked.tables.map { $0.rows.map(\.cells) } == drawn.tables.map { $0.rows.map(\.cells) })
    }

    @Test("A map only checked finds a region with a figure that is not on the map, as a drawn map does")
    func checkedMapLosesRegion() throws {
        // Brielle (merged into Voorne aan Zee in 2023) given a figure for 2023: the map of 2023 lacks it.
        let data = try temporaryFolder() + "/data"
        try FileManager.default.copyItem(atPath: Self.data, toPath: data)
        let file = data + "/figures/meldingen.csv"
        let text = try readText(file).replacingOccurrences(of: "Brielle,begin,2023,,", with: "Brielle,begin,2023,7,")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        func problems(drawn: Bool) throws -> [String] {
            do {
                _ = try ReportComputer.compute(try ReportLoader.load(specPath: Self.spec, dataRoot: data), drawn: drawn)
                return []
            } catch let failure as LoadErrors {
                return failure.errors.map(\.message)
            }
        }
        let found = try problems(drawn: true)
        #expect(found == ["ongeldige rapportspecificatie: figuur 'kaart': "
                          + "Brielle heeft een cijfer voor 2023 maar staat niet op de kaart van 2023"])
        #expect(try problems(drawn: false) == found)
    }

    @Test("A ranking: the top regions, highest first, with their ranks")
    func ranking() throws {
        let data = try data("top")
        #expect(data.horizontal && data.ranks == [1, 2])
        #expect(data.series[0].values.map(\.amount) == [.count(1723), .count(1500)])
        let measure = ChartLabel.measure(MeasureReference(table: "meldingen", measure: "begin"))
        #expect(data.series[0].label == .joined([measure, .period(Period("2022"))]))
    }

    @Test("Values are the tables' cells: a stacked chart of two rows, a change chart of the comparisons")
    func cells() throws {
        let report = try Self.report.get()
        let verzoeken = try #require(report.tables.first { $0.id == "verzoeken" })
        let stacked = try data("verzoeken-soort")
        #expect(stacked.categories == [.period(Period("2022")), .period(Period("2023"))])
        for value in stacked.series.flatMap(\.values) {
            #expect(verzoeken.rows[value.cell.row].cells[value.cell.column] == value.amount)
        }
        #expect(stacked.series.map { $0.values.map(\.amount) } == [[.count(86), .count(100)], [.count(14), .count(21)]])
        let change = try data("verandering")
        #expect(change.categories == [.comparison(from: Period("2022"), to: Period("2023"))])
        let first = change.series[0].values[0]
        #expect(first.amount == .count(20) && first.format == .percentageChange)
        let line = try data("totaal")
        #expect(line.series[0].change?.amount.double == 100.0 * 460 / 3240)
        #expect(line.series[0].highest == [1] && line.series[0].lowest == [0])
    }

    @Test("Bars per region: a series per period, every region row, the gaps kept")
    func regions() throws {
        let data = try data("gemeenten")
        #expect(data.categories.count == 6)
        #expect(data.series.map(\.label) == [.period(Period("2022")), .period(Period("2023"))])
        #expect(data.series[1].values.map(\.amount.status) == [.ok, .ok, .notApplicable, .ok, .missing, .suppressed])
    }

    @Test("Quantile bounds are readable and never more precise than the numbers shown")
    func readable() throws {
        #expect(MapClassification.readable(Exact(1723), maximumDecimals: 0) == Exact(1700))
        #expect(MapClassification.readable(Exact(1725, over: 100), maximumDecimals: 1) == Exact(17))
        // Half away from zero.
        #expect(MapClassification.readable(Exact(125, over: 100), maximumDecimals: 1) == Exact(13, over: 10))
        #expect(MapClassification.readable(Exact(-125, over: 1000), maximumDecimals: 3) == Exact(-13, over: 100))
        #expect(MapClassification.readable(Exact(7, over: 3), maximumDecimals: 0) == Exact(2))
        #expect(MapClassification.quantileBreaks([Exact(5), Exact(5), Exact(5)], classes: 4, decimals: 0).isEmpty)
        let values = (1...100).map { Exact($0) }
        #expect(MapClassification.quantileBreaks(values, classes: 4, decimals: 0) == [Exact(26), Exact(51), Exact(76)])
        let classes = MapClassification.classes(.quantiles(4), values: values, decimals: 0)
        #expect(values.allSatisfy { value in classes.filter { $0.contains(value) }.count == 1 })
    }
}

/// Problems in a spec's figures, each an error naming the figure.
@Suite("Figures: spec errors")
struct FigureSpecErrorTests {
    func errors(_ figures: String) throws -> [LoadError] {
        let text = try readText(FigureComputationTests.spec)
        let start = try #require(text.range(of: "figures:\n"))
        let path = try temporaryFile("spec.yaml", String(text[..<start.upperBound]) + figures)
        func errors(drawn: Bool) throws -> [LoadError] {
            do {
                let inputs = try ReportLoader.load(specPath: path, dataRoot: FigureComputationTests.data)
                _ = try ReportComputer.compute(inputs, drawn: drawn)
                return []
            } catch let failure as LoadErrors {
                return failure.errors
            }
        }
        let found = try errors(drawn: true)
        // What `annex check` computes (the figures checked, none made) finds the same errors.
        #expect(try errors(drawn: false).map(\.message) == found.map(\.message))
        return found
    }

    func problems(_ figures: String) throws -> [String] { try errors(figures).map(\.message) }

    @Test("A mistake found in the spec names the line and column of its field")
    func lines() throws {
        let figures = "  - id: a\n    kind: bars\n    title: x\n    table: meldingen\n    top: 3\n"
        let figuresLine = try readText(FigureComputationTests.spec).components(separatedBy: "\n")
            .firstIndex(of: "figures:")! + 1
        let found = try errors(figures)
        #expect(found.map(\.message) == ["ongeldige rapportspecificatie: figuur 'a': 'top' hoort alleen bij ranking"])
        #expect(found.first?.line == figuresLine + 5 && found.first?.column == 5)
    }

    @Test("Each wrong figure is named with what is wrong", arguments: [
        ("  - {id: Kaart, kind: map, title: x, table: meldingen, periods: [2022]}\n", "figuur-id 'Kaart'"),
        ("  - {id: meldingen, kind: bars, title: x, table: meldingen}\n", "komt al voor als id van een tabel"),
        ("  - {id: a, kind: map, title: x, table: onbekend}\n", "tabel 'onbekend' bestaat niet"),
        ("  - {id: a, kind: line, title: x, table: meldingen}\n", "een lijngrafiek tekent 'series'"),
        ("  - {id: a, kind: map, title: x, table: meldingen, periods: [2022], classes: {quantiles: 9}}\n",
         "kies 2 tot 7 klassen"),
        ("  - {id: a, kind: map, title: x, table: meldingen, periods: [2022], classes: {breaks: [50, 10]}}\n",
         "'breaks' moeten oplopen"),
        ("  - {id: a, kind: map, title: x, table: meldingen, periods: [2022], classes: {breaks: [10.5]}}\n",
         "meer decimalen dan de tabel"),
        ("  - {id: a, kind: map, title: x, table: meldingen, periods: [2021]}\n", "geen periode 2021"),
        ("  - {id: a, kind: ranking, title: x, table: meldingen}\n", "één maat in één periode"),
        ("  - {id: a, kind: bars, title: x, series: [{table: meldingen, row: NL}]}\n", "geef 'measure'"),
        ("  - {id: a, kind: bars, title: x, series: [{table: verzoeken, row: onbekend}]}\n", "geen rij 'onbekend'"),
        ("  - {id: a, kind: bars, stacked: true, title: x, table: meldingen, top: 3}\n",
         "'top' hoort alleen bij ranking"),
        ("  - {id: a, kind: bars, title: x, series: [{table: verzoeken, row: verzoeken}, "
         + "{table: verzoeken, row: verzoeken}]}\n",
         "twee series heten 'verzoeken'"),
        ("  - {id: a, kind: map, title: x, table: meldingen, periods: [2022], colour: blue}\n",
         "onbekend veld 'colour'"),
    ])
    func wrong(_ figure: String, _ expected: String) throws {
        let found = try problems(figure)
        #expect(found.contains { $0.contains(expected) }, "\(found)")
    }

    @Test("An English annex needs every figure's title and labels translated")
    func translation() throws {
        let spec = try SpecLoader.load(path: FigureComputationTests.spec)
        let folder = try temporaryFolder() + "/templates"
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: folder)
        let translation = """
        title: "Test annex with figures"
        source: "Test source 2024"
        tables:
          meldingen: {title: "Notifications", sheet: notifications, row_header: Municipality, measures: {begin: Start}}
          meldingen-arrondissement: {title: "By district", sheet: districts, row_header: District,
                                     measures: {begin: Start}}
          verzoeken: {title: "Requests", sheet: requests, row_header: Measure,
                      measures: {verzoeken: Requests, verzoeken-ambulant: Outpatient, verzoeken-klinisch: Inpatient}}
        figures:
          kaart: {title: "Map"}
          totaal: {title: "Total", labels: {Nederland: Netherlands, Elders: Elsewhere}}
          onbekend: {title: "?"}

        """
        try Data(translation.utf8).write(to: URL(fileURLWithPath: folder + "/i18n/figuren.en.yaml"))
        do {
            _ = try Wording.load(templates: folder, spec: spec, language: .en)
            Issue.record("expected translation errors")
        } catch let failure as LoadErrors {
            let messages = Set(failure.errors.map(\.message))
            #expect(messages.contains("vertaling niet bruikbaar: figures: onbekende figuur 'onbekend'"))
            #expect(messages.contains("vertaling niet bruikbaar: figures.totaal.labels: onbekende id 'Elders'"))
            #expect(messages.contains("vertaling niet bruikbaar: figures: vertaling van figuur 'top' ontbreekt"))
            #expect(failure.errors.allSatisfy { $0.line != nil })
        }
    }
}
