import Testing
@testable import AnnexKit

@Suite("Regions in time and conversion to a boundary year")
struct BoundaryConversionTests {
    let gazetteer = realGazetteer

    @Test("Which municipalities exist in a year")
    func existing() {
        let in2022 = Set(gazetteer.municipalities(existingIn: 2022).map(\.code))
        let in2023 = Set(gazetteer.municipalities(existingIn: 2023).map(\.code))
        #expect(in2022.contains("GM0501") && !in2023.contains("GM0501"))  // Brielle
        #expect(!in2022.contains("GM1992") && in2023.contains("GM1992"))  // Voorne aan Zee
        #expect(gazetteer.municipalities(existingIn: 2023).count == 342)
        #expect(gazetteer.municipalities(existingIn: 2020).count == 355)
    }

    @Test("What a municipality became by a year: merger, split, rename, unchanged")
    func successors() {
        #expect(gazetteer.successors(of: "GM0501", by: 2023) == ["GM1992"])
        #expect(gazetteer.successors(of: "GM0501", by: 2022) == ["GM0501"])
        #expect(gazetteer.successors(of: "GM0788", by: 2021) == ["GM0865", "GM0824", "GM0855", "GM0757"])  // Haaren
        #expect(gazetteer.successors(of: "GM0164", by: 2024) == ["GM0164"])  // Hengelo, renamed only
        #expect(gazetteer.successors(of: "GM0363", by: 2025) == ["GM0363"])
        #expect(Set(gazetteer.predecessors(of: "GM1992", by: 2023)) == ["GM0501", "GM0530", "GM0614"])
        #expect(gazetteer.predecessors(of: "GM0363", by: 2023) == ["GM0457"])  // Weesp
    }

    /// A dataset of municipality figures for 2020, 2022 and 2023.
    func dataset(_ rows: [(String, [Amount])]) -> Dataset {
        var dataset = Dataset(id: "t", measures: [Measure(id: "m", label: "M")],
                              periods: [Period("2020"), Period("2022"), Period("2023")])
        for (code, amounts) in rows {
            let row = dataset.row(for: gazetteer.municipality(code: code)!.region)
            for (p, amount) in amounts.enumerated() {
                dataset[row, 0, p] = Cell(
                    amount: amount, provenance: Provenance(delivery: Delivery(document: "S"), table: "T", line: 1))
            }
        }
        dataset.markNonexistentMunicipalities(gazetteer)
        return dataset
    }

    @Test("Voorne aan Zee: Brielle, Hellevoetsluis and Westvoorne added up, status kept, predecessors named")
    func voorneAanZee() throws {
        let source = dataset([
            ("GM0501", [.count(4), .count(4), .missing]), ("GM0530", [.count(30), .count(30), .missing]),
            ("GM0614", [.count(6), .count(6), .missing]), ("GM1992", [.missing, .missing, .count(51)]),
            ("GM0599", [.count(1700), .count(1723), .count(1763)]),
        ])
        let (result, converted) = BoundaryConversion.convert(source, to: 2023, gazetteer: gazetteer)
        #expect(result.regions.map(\.name) == ["Voorne aan Zee", "Rotterdam"])
        let voorne = try row(of: "GM1992", in: result)
        #expect(result[voorne, 0, 1].amount == .count(40))
        #expect(result[voorne, 0, 2].amount == .count(51))
        #expect(result[voorne, 0, 1].provenance?.derivation == .boundaryConversion(year: 2023, municipalities: [
            Region(type: .gemeente, code: "GM0501", name: "Brielle"),
            Region(type: .gemeente, code: "GM0530", name: "Hellevoetsluis"),
            Region(type: .gemeente, code: "GM0614", name: "Westvoorne"),
        ]))
        let rotterdam = try row(of: "GM0599", in: result)
        #expect(result[rotterdam, 0, 1].amount == .count(1723))
        #expect(result[rotterdam, 0, 1].provenance?.line == 1)  // untouched
        #expect(converted.map(\.period.label) == ["2020", "2022"])
        #expect(converted.first?.kind == .merged)
        #expect(try dutchNotes().converted(try #require(converted.last), year: 2023)
                == "Voorne aan Zee 2022: omgerekend naar gemeentelijke indeling 2023, "
                + "met Brielle, Hellevoetsluis en Westvoorne."
        )
    }

    @Test("A rename (Hengelo → Hengelo (O.) in 2024, same code) converts to itself, untouched")
    func rename() throws {
        let source = dataset([("GM0164", [.count(30), .count(31), .count(32)])])
        let (result, converted) = BoundaryConversion.convert(source, to: 2024, gazetteer: gazetteer)
        #expect(result.regions.map(\.code) == ["GM0164"])
        let hengelo = try row(of: "GM0164", in: result)
        #expect((0..<3).map { result[hengelo, 0, $0].amount } == [.count(30), .count(31), .count(32)])
        #expect(result[hengelo, 0, 0].provenance?.line == 1)
        #expect(converted.isEmpty)
    }

    @Test("A missing predecessor makes the converted figure incomplete")
    func missingPredecessor() throws {
        let source = dataset([
            ("GM0501", [.count(4), .missing, .missing]), ("GM0530", [.count(30), .count(30), .missing]),
        ])
        let (result, _) = BoundaryConversion.convert(source, to: 2023, gazetteer: gazetteer)
        #expect(result[try row(of: "GM1992", in: result), 0, 1].amount == .incomplete(Exact(30)))
    }

    @Test("Haaren split over four successors without a split key: not comparable, never a wrong change")
    func splitWithoutKey() throws {
        let source = dataset([
            ("GM0788", [.count(20), .notApplicable, .notApplicable]),
            ("GM0865", [.count(100), .count(110), .count(120)]),
        ])
        let (result, converted) = BoundaryConversion.convert(source, to: 2023, gazetteer: gazetteer)
        let vught = try row(of: "GM0865", in: result)
        #expect(result[vught, 0, 0].amount == .notComparable)
        #expect(result[vught, 0, 1].amount == .count(110))
        let tilburg = try row(of: "GM0855", in: result)
        #expect(result[tilburg, 0, 0].amount == .notComparable)
        #expect(result[tilburg, 0, 2].amount == .notApplicable)  // no figure for Tilburg in the source
        #expect(Arithmetic.change(from: result[vught, 0, 0].amount, to: result[vught, 0, 1].amount) == .notComparable)
        #expect(converted.filter { $0.kind == .splitWithoutKey }.count == 4)
    }

    @Test("Haaren split with a split key: the parts are estimated")
    func splitWithKey() throws {
        let keys = [("GM0865", 42), ("GM0824", 29), ("GM0855", 18), ("GM0757", 11)].map {
            SplitKey(oldCode: "GM0788", newCode: $0.0, share: Exact($0.1, over: 100))
        }
        let source = dataset([
            ("GM0788", [.count(200), .notApplicable, .notApplicable]),
            ("GM0865", [.count(100), .count(110), .count(120)]),
        ])
        let (result, converted) = BoundaryConversion.convert(source, to: 2023, gazetteer: gazetteer, splitKeys: keys)
        let vught = result[try row(of: "GM0865", in: result), 0, 0].amount
        #expect(vught.status == .estimated && vught.double == 184)  // 100 + 42% of 200
        #expect(result[try row(of: "GM0757", in: result), 0, 0].amount.double == 22)              // 11% of 200
        #expect(result[try row(of: "GM0757", in: result), 0, 0].amount.status == .estimated)
        #expect(converted.allSatisfy { $0.kind == .splitByKey })
    }

    @Test("Split keys must add up to 1 per municipality")
    func splitKeyFile() throws {
        let good = try temporaryFile("keys.csv", "old_code,new_code,share\nGM0788,GM0865,0.6\nGM0788,GM0824,0.4\n")
        #expect(try SplitKeyLoader.load(path: good, gazetteer: gazetteer).count == 2)
        let bad = try temporaryFile("keys.csv", "old_code,new_code,share\nGM0788,GM0865,0.6\nGM0788,GM0824,0.3\n")
        #expect(throws: LoadErrors.self) { try SplitKeyLoader.load(path: bad, gazetteer: gazetteer) }
    }
}
