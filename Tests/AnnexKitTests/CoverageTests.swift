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
        #expect(NoteText.coverage(coverage).contains("cijfers voor gemeenten die in 2021 niet bestonden: Appingedam."))
    }
}
