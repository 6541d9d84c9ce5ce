import Testing
@testable import AnnexKit

/// Each broken-table detector on a small crafted table.
@Suite("Suspicions about published tables")
struct TableSuspicionsTests {
    /// Regions R0… with the given 2021 and 2022 values, and a national row.
    func table(_ values: [(Exact?, Exact?)], national: (Exact, Exact)) -> Dataset {
        var dataset = Dataset(
            id: "t", measures: [Measure(id: "m", label: "M")], periods: [Period("2021"), Period("2022")])
        for (index, pair) in values.enumerated() {
            let row = dataset.row(for: Region(type: .gemeente, code: "R\(index)", name: "R\(index)"))
            for (p, value) in [pair.0, pair.1].enumerated() {
                dataset[row, 0, p] = Cell(amount: value.map(Amount.count) ?? .missing, provenance: nil)
            }
        }
        let nl = dataset.row(for: .netherlands)
        dataset[nl, 0, 0] = Cell(amount: .count(national.0), provenance: nil)
        dataset[nl, 0, 1] = Cell(amount: .count(national.1), provenance: nil)
        return dataset
    }

    func kinds(_ found: [Suspicion]) -> [Suspicion.Kind] { found.map(\.kind) }

    @Test("A row equal to the sum of all other rows is a total printed as a region (the 'Elburg' case)")
    func sumOfOthers() throws {
        let found = TableSuspicions.find(in: table([(10, 12), (20, 21), (30, 33), (60, nil)], national: (120, 66)))
        let hit = try #require(found.first { $0.kind == .equalsSumOfOthers })
        #expect(hit.regions == ["R3"] && hit.period.label == "2021")
        #expect(
            try dutchNotes().evidence(hit)
                == "R3 (60) is gelijk aan de som van alle andere rijen: "
                + "waarschijnlijk een totaal dat als regio is afgedrukt"
        )
    }

    @Test("A region with a national-sized share (25% by default, configurable)")
    func nationalSized() {
        let data = table([(300, 310), (200, 210), (500, 480)], national: (1000, 1000))
        #expect(
            TableSuspicions.find(in: data).filter { $0.kind == .nationalSized }.map(\.regions) == [
                ["R0"], ["R2"], ["R0"], ["R2"],
            ])
        var strict = SuspicionThresholds()
        strict.nationalSharePct = 40
        #expect(
            TableSuspicions.find(in: data, thresholds: strict).filter { $0.kind == .nationalSized }.map(\.regions) == [
                ["R2"], ["R2"],
            ])
    }

    @Test("A report spec sets the thresholds")
    func specThresholds() throws {
        let inputs = try ReportLoader.load(specPath: Paths.miniSpec)
        #expect(inputs.spec.suspicions.nationalSharePct == 60)
        let report = try ReportComputer.compute(inputs)
        #expect(!report.tables.flatMap(\.suspicions).contains { $0.kind == .nationalSized })
        let published = try #require(inputs.datasets["meldingen"]).published
        #expect(TableSuspicions.find(in: published).contains { $0.kind == .nationalSized })  // 53,2% ≥ 25%
    }

    @Test("A value equal to a published total")
    func equalsTotal() {
        let found = TableSuspicions.find(in: table([(150, 160), (7000, 170), (200, 210)], national: (7000, 9000)))
        #expect(found.contains { $0.kind == .equalsTotal && $0.regions == ["R1"] && $0.period.label == "2021" })
    }

    @Test("Implausible jumps: factor 3 or more, when the larger value is at least 100", arguments: [
        ((Exact(50), Exact(200)), true), ((200, 50), true), ((50, 140), false), ((10, 40), false),
    ])
    func jumps(pair: (Exact, Exact), flagged: Bool) {
        let found = TableSuspicions.find(
            in: table([(pair.0, pair.1), (1000, 1000), (1000, 1000), (1000, 1000)], national: (10000, 10000)))
        #expect(found.contains { $0.kind == .jump && $0.regions == ["R0"] } == flagged)
    }

    @Test("A column slid one row down: each earlier value fits the row above, not its own")
    func shifted() throws {
        // The 2022 values climb steeply; the 2021 column holds, one row too low, values close to the row above.
        let values: [(Exact?, Exact?)] = [(nil, 100), (95, 400), (380, 1600), (1520, 6400), (6080, 25600)]
        let found = TableSuspicions.find(in: table(values, national: (50000, 50000)))
        let hit = try #require(found.first { $0.kind == .shiftedRows })
        #expect(hit.regions == ["R1", "R2", "R3", "R4"])
        #expect(hit.evidence == .shiftedRows(earlier: Period("2021"), shift: 1))
        #expect(
            try dutchNotes().evidence(hit)
                == "de cijfers van 2021 van R1, R2, R3, R4 passen veel beter bij 2022 van de rij ernaast; "
            + "de kolom staat vermoedelijk een rij lager")
        let aligned: [(Exact?, Exact?)] = [(95, 100), (380, 400), (1520, 1600), (6080, 6400), (24000, 25600)]
        #expect(
            !TableSuspicions.find(in: table(aligned, national: (50000, 50000))).contains { $0.kind == .shiftedRows })
    }

    @Test("The real report: the 'opvang en verblijf' damage is found in the table as published")
    func realReport() throws {
        let report = try ReportComputer.compute(try ReportLoader.load(specPath: Paths.realSpec))
        let opvang = try #require(report.tables.first { $0.id == "wmo-opvang-verblijf-gemeente" })
        #expect(opvang.suspicions.filter { $0.kind == .equalsSumOfOthers }.map(\.regions) == [["Elburg"], ["Elburg"]])
        #expect(
            opvang.suspicions.filter { $0.kind == .nationalSized }.flatMap(\.regions) == [
                "Elburg", "Tubbergen", "Elburg", "Tubbergen",
            ])
    }
}
