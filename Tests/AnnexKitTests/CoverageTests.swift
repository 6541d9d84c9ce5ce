import Testing
@testable import AnnexKit

@Suite("Coverage per dataset and year")
struct CoverageTests {
    @Test("Mini fixture: every municipality covered in 2022; two without a figure in 2023")
    func mini() throws {
        let inputs = try ReportLoader.load(specPath: Paths.miniSpec)
        let coverage = Coverage.of(try #require(inputs.datasets["meldingen"]).dataset, gazetteer: inputs.gazetteer)
        #expect(coverage.map(\.period.label) == ["2022", "2023"])
        #expect(coverage[0].existing == 5 && coverage[0].covered == 5 && coverage[0].withoutFigure.isEmpty)
        #expect(coverage[1].existing == 5 && coverage[1].covered == 3)
        #expect(coverage[1].withoutFigure == ["Beek (L.)", "Heerlen"])
    }

    @Test("A figure for a municipality that no longer existed is reported")
    func nonexistent() throws {
        var dataset = Dataset(id: "wmo", measures: [Measure(id: "m", label: "M")], periods: [Period("2021")])
        let appingedam = dataset.row(for: try #require(realGazetteer.municipality(code: "GM0003")).region)
        dataset[appingedam, 0, 0] = Cell(amount: .count(25), provenance: nil)
        let coverage = try #require(Coverage.of(dataset, gazetteer: realGazetteer).first)
        #expect(coverage.nonexistent == ["Appingedam"])  // merged into Eemsdelta on 1 January 2021
        #expect(coverage.existing == 352 && coverage.covered == 0)
        #expect(
            try dutchWording(Paths.realSpec).coverage(coverage).contains(
                "cijfers voor gemeenten die in 2021 niet bestonden: Appingedam."))
    }
}

@Suite("Population and rates per 10.000 inhabitants")
struct PopulationTests {
    @Test("A merged municipality's inhabitants before the merger are its predecessors' (Voorne aan Zee 2022)")
    func predecessors() {
        let population = Population([("GM0501", 2022, 17000), ("GM0530", 2022, 40000), ("GM0614", 2022, 15000)])
        let voorne = realGazetteer.municipality(code: "GM1992")!.region
        #expect(population.inhabitants(of: voorne, in: 2022, gazetteer: realGazetteer) == .count(72000))
        #expect(population.inhabitants(of: voorne, in: 2023, gazetteer: realGazetteer) == .missing)
        let brielle = realGazetteer.municipality(code: "GM0501")!.region
        #expect(population.inhabitants(of: brielle, in: 2023, gazetteer: realGazetteer) == .notApplicable)
    }

    @Test(
        "Rates in the mini report: 1.500 of 900.000 is 16,7 per 10.000; a district with an unknown population has none")
    func rates() throws {
        let report = try ReportComputer.compute(try ReportLoader.load(specPath: Paths.miniSpec))
        func rate(_ table: String, _ region: String, _ period: String) throws -> Amount {
            try #require(report.figures(citing: try citationWords()).first {
                $0.table == table && $0.region.code == region && $0.period == period && $0.statistic == .ratePer10000
            }).amount
        }
        #expect(try rate("meldingen", "GM0363", "2022") == .value(Exact(15_000_000, over: 900_000)))
        #expect(try rate("meldingen", "GM0501", "2023") == .notApplicable)
        #expect(try rate("meldingen-arrondissement", "rotterdam", "2022").double == 1733.0 / 667_000 * 10_000)
        // Voorne aan Zee's population unknown
        #expect(try rate("meldingen-arrondissement", "rotterdam", "2023") == .missing)
        #expect(report.figures(citing: try citationWords()).first { $0.statistic == .ratePer10000 }?.comparedTo
            == "inwoners")
    }

    @Test("Without a population table there are no rate columns, not zeros")
    func absent() throws {
        let inputs = try ReportLoader.load(specPath: Paths.realSpec)
        let report = try ReportComputer.compute(inputs)
        #expect(!report.tables.contains { $0.columns.contains {
            if case .ratePer10000 = $0.content { return true }
            return false
        } })
        #expect(!report.figures(citing: try citationWords()).contains { $0.statistic == .ratePer10000 })
    }

    @Test("Population file errors: unknown code, bad number, duplicate")
    func errors() throws {
        let path = try temporaryFile(
            "bevolking.csv", "code,year,population\nGM9999,2022,5\nGM0363,2022,veel\nGM0363,2023,5\nGM0363,2023,6\n")
        do {
            _ = try PopulationLoader.load(path: path, gazetteer: realGazetteer)
            Issue.record("expected errors")
        } catch let failure as LoadErrors {
            #expect(failure.errors.map(\.line) == [2, 3, 5])
            #expect(failure.errors.map(\.column) == [1, 3, 1])
        }
    }
}
