import Foundation
import Testing
@testable import AnnexKit

/// CBS StatLine CSV exports: semicolons, quoted fields, title and footer lines, a long table with
/// `Perioden` and `RegioS`, and CBS's markers.
@Suite("Loading CBS StatLine exports")
struct StatLineTests {
    func spec(_ data: String) throws -> TableSpec {
        try YAMLTestDecoder.table("""
        id: wmo
        title: Wmo
        data: \(data)
        periods: [2021, 2022]
        measures:
          - {id: instroom, label: Instroom}
          - {id: uitstroom, label: Uitstroom}
        """)
    }

    func load(_ text: String, data: String = "wmo.csv") throws -> LoadedDataset {
        let path = try temporaryFile("wmo.csv", text)
        return try ReportLoader.loadData(
            path: path, file: "wmo.csv", spec: spec(data), delivery: Delivery(document: "CBS"),
                                         gazetteer: realGazetteer)
    }

    /// An export with codes, as the open-data download writes them: record numbers, period codes,
    /// region codes padded with spaces, and every marker of CBS's legend.
    static let withCodes = """
    "Gemeentelijke Monitor Sociaal Domein; Wmo-cliënten met een maatwerkvoorziening; in- en uitstroom"
    "Maatwerkvoorziening: ondersteuning thuis"
    "ID";"Perioden";"RegioS";"Instroom maatwerkvoorziening (aantal)";"Uitstroom maatwerkvoorziening (aantal)"
    "0";"2021JJ00";"NL01    ";"161450";"124830"
    "1";"2021JJ00";"GM0363  ";"5200";"x"
    "2";"2021JJ00";"GM0344  ";"-";"       ."
    "3";"2022JJ00";"GM0363  ";"";"4100"
    "Bron: CBS"
    "© Centraal Bureau voor de Statistiek, Den Haag/Heerlen"

    """

    @Test("Codes and markers: NL01 is the national row, 2022JJ00 the year, '-' nil, blank not applicable")
    func codes() throws {
        let columns = "{Instroom maatwerkvoorziening: instroom, Uitstroom maatwerkvoorziening: uitstroom}"
        let loaded = try load(Self.withCodes, data: "{file: wmo.csv, columns: \(columns)}")
        let dataset = loaded.dataset
        let national = try #require(dataset.nationalRow)
        #expect(dataset[national, 0, 0].amount == .count(161_450))
        let amsterdam = try row(of: "GM0363", in: dataset)
        #expect(dataset[amsterdam, 0, 0].amount == .count(5200))
        #expect(dataset[amsterdam, 1, 0].amount == .suppressed)
        #expect(dataset[amsterdam, 0, 1].amount == .notApplicable)
        #expect(dataset[amsterdam, 1, 1].amount == .count(4100))
        let utrecht = try row(of: "GM0344", in: dataset)
        #expect(dataset[utrecht, 0, 0].amount == .value(Exact(0)))
        #expect(dataset[utrecht, 1, 0].amount == .missing)
        #expect(dataset[utrecht, 0, 1].amount == .missing)   // no row for 2022 at all
        #expect(loaded.notices.map(\.kind) == [
            .title("Gemeentelijke Monitor Sociaal Domein; Wmo-cliënten met een maatwerkvoorziening; in- en uitstroom"),
            .title("Maatwerkvoorziening: ondersteuning thuis"),
            .statLine,
            .note("Bron: CBS"),
            .note("© Centraal Bureau voor de Statistiek, Den Haag/Heerlen"),
            .deliveredTotal(written: "NL01", shareOf: nil),
        ])
    }

    @Test("Labels: names, topic headings with their unit, provisional periods reported")
    func labels() throws {
        let loaded = try load("""
        "Wmo-cliënten; in- en uitstroom"
        "Perioden";"Regio's";"Instroom (aantal)";"Uitstroom (aantal)"
        "2021";"Amsterdam";"5200";"4000"
        "2022*";"Amsterdam";"5300";"4100"
        "2022*";"Nederland";"117285";"113405"
        "Bron: CBS"
        """)
        let amsterdam = try row(of: "GM0363", in: loaded.dataset)
        #expect(loaded.dataset[amsterdam, 0, 1].amount == .count(5300))
        #expect(loaded.dataset[try #require(loaded.dataset.nationalRow), 1, 1].amount == .count(113_405))
        let provisional = InputNotice(file: "wmo.csv", line: 4, kind: .provisional(written: "2022*", period: "2022"))
        #expect(loaded.notices.contains(provisional))
        #expect(loaded.notices.filter { $0.kind == .statLine }.count == 1)
    }

    @Test("A topic column the spec does not map is an error listing the columns, the record number left out")
    func unmappedTopic() throws {
        do {
            _ = try load(Self.withCodes)
            Issue.record("expected an error")
        } catch let failure as LoadErrors {
            guard case .unmappedColumns(let problems, let found, _) = failure.errors.first?.problem else {
                Issue.record("wrong error \(failure)")
                return
            }
            #expect(problems.map(\.description) == ["Instroom", "Uitstroom"].enumerated().map { offset, topic in
                let heading = "'\(topic) maatwerkvoorziening (aantal)'"
                return "\(offset + 4) \(heading): \(heading) is geen maat van de specificatie"
            })
            #expect(found == ["1 'ID'", "2 'Perioden'", "3 'RegioS'", "4 'Instroom maatwerkvoorziening (aantal)'",
                              "5 'Uitstroom maatwerkvoorziening (aantal)'"])
            #expect(failure.errors.first?.line == 3)
        }
    }

    @Test("An unknown period code is an error at its cell")
    func unknownPeriod() throws {
        let text = "\"Perioden\";\"RegioS\";\"Instroom\";\"Uitstroom\"\n\"2020JJ00\";\"GM0363\";\"1\";\"2\"\n"
        #expect(throws: LoadErrors([LoadError(file: "wmo.csv", line: 2, column: 1,
                                              .unknownPeriod(name: "2020JJ00", known: ["2021", "2022"]))])) {
            try load(text)
        }
    }
}
