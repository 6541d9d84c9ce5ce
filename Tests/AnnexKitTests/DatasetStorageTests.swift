import BigInt
import Testing
@testable import AnnexKit

/// The dataset stored by column (`CellColumns`) and its rows found by region (`RegionRowIndex`):
/// what is stored is read back unchanged, whatever its amount, status, provenance or line.
@Suite("A dataset stored by column")
struct DatasetStorageTests {
    static let delivery = Delivery(id: "d", supplier: "DJI", document: "Levering", date: nil)
    static let fileA = Provenance(delivery: delivery, table: "Tabel 1", file: FileLocation(file: "a.csv", line: 1))
    static let fileB = Provenance(delivery: delivery, table: "Tabel 2", file: FileLocation(file: "b.csv", line: 1))

    static let amounts: [Amount] = [
        .value(Exact(0)), .value(Exact(17386)), .value(Exact(-5)), .value(Exact(Int(Int64.max))),
        .value(Exact(Int(Int64.min))), .estimated(Exact(412)), .incomplete(Exact(99)),
        .value(Exact(84, over: 5)), .estimated(Exact(1, over: 3)), .value(Exact(BigInt(10).power(30))),
        .incomplete(Exact(-7, over: 2)), .missing, .suppressed, .notApplicable, .notComparable,
    ]

    static let provenances: [Provenance?] = [
        nil, fileA, fileA.atFileLine(2), fileB.atFileLine(1_048_576), fileA.atFileLine(Int(Int32.max)),
        fileB.atFileLine(Int(Int32.max) + 1), fileA.atFileLine(1 << 40),
        fileA.derived(.publishedShare(percent: Exact(84, over: 5))), fileB.combined(.sum(municipalities: 3)),
        Provenance(delivery: delivery, table: "Tabel 1"),
    ]

    @Test("Every amount and provenance is read back as stored, also after it is overwritten")
    func roundTrip() {
        var dataset = Dataset(id: "t", measures: [Measure(id: "m", label: "M")], periods: [Period("2023")])
        var expected: [Cell] = []
        for (index, amount) in Self.amounts.enumerated() {
            for provenance in Self.provenances {
                let row = dataset.row(for: Region(type: .regio, code: "R\(expected.count)", name: "R"))
                let cell = Cell(amount: amount, provenance: provenance)
                dataset[row, 0, 0] = cell
                expected.append(cell)
                #expect(dataset[row, 0, 0] == cell, "amount \(index)")
            }
        }
        // Each cell overwritten with its neighbour's: a fraction by a whole number, a far line by a near one.
        for row in expected.indices { dataset[row, 0, 0] = expected[(row + 1) % expected.count] }
        for row in expected.indices {
            let read = dataset[row, 0, 0]
            #expect(read == expected[(row + 1) % expected.count])
            #expect(read.provenance?.file == expected[(row + 1) % expected.count].provenance?.file)
        }
    }

    @Test("A new row is absent; the citations list each delivery's tables in order of first appearance")
    func absentAndSources() {
        var dataset = Dataset(id: "t", measures: [Measure(id: "m", label: "M"), Measure(id: "n", label: "N")],
                              periods: [Period("2023"), Period("2024")])
        let first = dataset.row(for: Region(type: .regio, code: "A", name: "A"))
        #expect(dataset[first, 1, 1] == .absent)
        #expect(dataset.firstProvenance == nil && dataset.sources.isEmpty)
        let second = dataset.row(for: Region(type: .regio, code: "B", name: "B"))
        dataset[second, 0, 1] = Cell(amount: .value(Exact(3)), provenance: Self.fileB.atFileLine(7))
        dataset[first, 1, 0] = Cell(amount: .value(Exact(4)), provenance: Self.fileA.atFileLine(9))
        #expect(dataset.firstProvenance == Self.fileA.atFileLine(9))
        #expect(dataset.sources == [SourceCitation(delivery: Self.delivery, tables: ["Tabel 1", "Tabel 2"])])
    }

    @Test("Citations of deliveries that take turns: each delivery once, where it first appears, with its tables")
    func citationsTakingTurns() {
        let other = Delivery(id: "e", supplier: "CBS", document: "Levering", date: nil)
        let cited = [Self.fileA, Provenance(delivery: other, table: ""), Self.fileA, Self.fileB,
                     Provenance(delivery: other, table: "Tabel 9"), Self.fileB, Self.fileA.atFileLine(3)]
        #expect(SourceCitation.of(cited) == [SourceCitation(delivery: Self.delivery, tables: ["Tabel 1", "Tabel 2"]),
                                             SourceCitation(delivery: other, tables: ["Tabel 9"])])
        #expect(SourceCitation.of([Provenance]()).isEmpty)
    }

    @Test("Rows are found by type and code among 100.000 regions; the same code of another type is another row")
    func rowsByRegion() {
        var dataset = Dataset(id: "t", measures: [Measure(id: "m", label: "M")], periods: [Period("2023")])
        let count = 100_000
        for index in 0..<count {
            #expect(dataset.row(for: Region(type: .regio, code: "GM\(index)", name: "Plaats \(index)")) == index)
        }
        #expect(dataset.row(for: Region(type: .gemeente, code: "GM5", name: "Plaats 5")) == count)
        #expect(dataset.row(for: .netherlands) == count + 1)
        for index in stride(from: 0, to: count, by: 997) {
            #expect(dataset.rowIndex(of: Region(type: .regio, code: "GM\(index)", name: "")) == index)
        }
        #expect(dataset.rowIndex(of: Region(type: .regio, code: "GM\(count)", name: "")) == nil)
        #expect(dataset.rowIndex(of: Region(type: .gemeente, code: "GM5", name: "")) == count)
        #expect(dataset.nationalRow == count + 1)
        #expect(dataset.regions.count == count + 2)
    }

    @Test("Regions are read back as stored; a code is found as String compares it, canonically equivalent codes alike")
    func regionsAsStored() {
        var dataset = Dataset(id: "t", measures: [Measure(id: "m", label: "M")], periods: [Period("2023")])
        // Less room than the regions need: the columns grow past it.
        dataset.reserveCapacity(rows: 2, textBytes: 4)
        let regions = [
            Region(type: .regio, code: "café", name: "Café de Zwaan, een naam langer dan vijftien bytes"),
            Region(type: .gemeente, code: "", name: ""), Region(type: .land, code: "NL", name: "Nederland"),
            Region(type: .regio, code: "K", name: "Kelvin"), Region(type: .provincie, code: "ü", name: "🇳🇱"),
        ]
        for (index, region) in regions.enumerated() { #expect(dataset.row(for: region) == index) }
        #expect(Array(dataset.regions) == regions)
        #expect(dataset.regions.indices.map(dataset.regions.type(at:)) == regions.map(\.type))
        #expect(dataset.rowIndex(of: Region(type: .regio, code: "cafe\u{301}", name: "")) == 0)
        #expect(dataset.rowIndex(of: Region(type: .regio, code: "\u{212A}", name: "")) == 3)
        #expect(dataset.rowIndex(of: Region(type: .provincie, code: "u\u{308}", name: "")) == 4)
        #expect(dataset.rowIndex(of: Region(type: .regio, code: "cafe", name: "")) == nil)
        #expect(dataset.rowIndex(of: Region(type: .gemeente, code: "K", name: "")) == nil)
    }
}
