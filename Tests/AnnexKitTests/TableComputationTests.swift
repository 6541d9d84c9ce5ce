import Testing
@testable import AnnexKit

/// The mini fixture's tables, computed and checked against values worked out by hand.
@Suite("Table computation: rows, totals, rankings, gaps")
struct TableComputationTests {
    let report: ComputedReport

    init() throws {
        report = try ReportComputer.compute(try ReportLoader.load(specPath: Paths.miniSpec))
    }

    func table(_ id: String) throws -> ComputedTable {
        try #require(report.tables.first { $0.id == id })
    }

    func figure(_ table: String, _ region: String, _ period: String, _ statistic: Statistic,
                measure: String = "begin") throws -> FigureRecord {
        try #require(report.figures(citing: try citationWords()).first {
                $0.table == table && $0.region.code == region && $0.period == period && $0.statistic == statistic
                    && $0.measure == measure
        })
    }

    @Test("Shares of the published national total and changes per municipality")
    func shares() throws {
        // Amsterdam 1.500 of 3.240 = 46,296…%; 1.500 → 1.886 = +386 = +25,733…%
        #expect(try figure("meldingen", "GM0363", "2022", .sharePct).amount == .value(Exact(150000, over: 3240)))
        #expect(try figure("meldingen", "GM0363", "2023", .change).amount == .count(386))
        #expect(try figure("meldingen", "GM0363", "2023", .changePct).comparedTo == "2022")
        #expect(try figure("meldingen", "GM0363", "2023", .changePct).amount.double == 38600.0 / 1500.0)
        #expect(try figure("meldingen", "NL", "2023", .changePct).amount.double == 46000.0 / 3240.0)
    }

    @Test("Missing and suppressed propagate into changes, shares, sums and ranks")
    func propagation() throws {
        #expect(try figure("meldingen", "GM0888", "2023", .count).amount == .missing)       // Beek, blank
        #expect(try figure("meldingen", "GM0888", "2023", .change).amount == .missing)
        #expect(try figure("meldingen", "GM0888", "2023", .sharePct).amount == .missing)
        #expect(try figure("meldingen", "GM0917", "2023", .rank).amount == .suppressed)    // Heerlen, x
        #expect(try figure("meldingen", "NL", "2023", .sumOfRows).amount == .suppressed)
        #expect(try figure("meldingen", "NL", "2022", .sumOfRows).amount == .count(3238))
        #expect(try figure("meldingen", "GM0501", "2023", .count).amount == .notApplicable) // Brielle merged
        #expect(try figure("meldingen", "GM1992", "2023", .change).amount == .notApplicable)
    }

    @Test("A published total that differs from its rows is reported; a gap blanks could explain is not")
    func discrepancies() throws {
        let found = try table("meldingen").discrepancies
        #expect(found.map(\.period.label) == ["2022", "2023"])
        let proven = try #require(found.first)
        #expect(proven.isProven && proven.published == 3240 && proven.sumOfKnown == 3238 && proven.difference == 2)
        #expect(
            try dutchNotes(table("meldingen")).discrepancy(proven)
                == "Gepubliceerd totaal Begin detentie 2022: 3.240; som van de rijen: 3.238; verschil 2.")
        // 2023: 1.886 + 1.763 + 25 = 3.674 of 3.700; Beek (blank) and Heerlen (x) could hold the 26.
        let open = try #require(found.last)
        #expect(!open.isProven && open.sumOfKnown == 3674 && open.difference == 26)
        #expect(open.withoutFigure == ["Beek (L.)", "Heerlen"])
        #expect(
            try dutchNotes(table("meldingen")).discrepancy(open)
                == "Gepubliceerd totaal Begin detentie 2023: 3.700; de rijen met een cijfer tellen op tot 3.674; "
            + "niet te controleren: de 2 rijen zonder cijfer (Beek (L.), Heerlen) zouden samen 26 moeten zijn.")
        #expect(try table("meldingen-arrondissement").discrepancies.isEmpty)
        let parts = try table("verzoeken").discrepancies
        #expect(parts.map(\.period.label) == ["2023"])
        #expect(parts.first?.sumOfKnown == 121)
    }

    @Test("The sum-of-rows row is shown beside the published total only when they differ")
    func totalRows() throws {
        let rows = try table("meldingen").rows
        #expect(rows.suffix(2).map(\.kind) == [.sumOfRows, .publishedTotal])
        #expect(rows.last?.cells.first == .count(3240))
        #expect(rows.dropLast().last?.cells.first == .count(3238))
    }

    @Test("Aggregation to districts: sums, skipped non-existent municipalities, gaps listed")
    func aggregation() throws {
        #expect(try figure("meldingen-arrondissement", "rotterdam", "2022", .count).amount == .count(1733))
        #expect(try figure("meldingen-arrondissement", "rotterdam", "2023", .count).amount == .count(1788))
        #expect(try figure("meldingen-arrondissement", "limburg", "2023", .count).amount == .suppressed)
        let gap = try #require(try table("meldingen-arrondissement").incomplete.first)
        #expect(gap.region.code == "limburg" && gap.lacking == ["Beek (L.)", "Heerlen"] && gap.partialSum == 0)
    }

    @Test("A district with a missing municipality is incomplete: the known sum, with the gap named")
    func incompleteDistrict() throws {
        var source = Dataset(id: "s", measures: [Measure(id: "m", label: "M")], periods: [Period("2023")])
        for (code, amount) in [("GM0599", Amount.count(1763)), ("GM1992", .missing), ("GM0363", .count(1886))] {
            source[source.row(for: realGazetteer.municipality(code: code)!.region), 0, 0] = Cell(
                amount: amount, provenance: nil)
        }
        let (dataset, incomplete) = Aggregation.group(source, id: "a", to: .arrondissement, gazetteer: realGazetteer)
        func district(_ code: String) throws -> Int {
            let region = try #require(realGazetteer.arrondissement(code: code)).region
            return try #require(dataset.rowIndex(of: region))
        }
        let rotterdam = try district("rotterdam")
        #expect(dataset[rotterdam, 0, 0].amount == .incomplete(Exact(1763)))
        #expect(NumberStyle.dutch.format(dataset[rotterdam, 0, 0].amount, as: .count) == "≥1.763")
        let gap = try #require(incomplete.first)
        #expect(incomplete.count == 1 && gap.lacking == ["Voorne aan Zee"] && gap.status == .incomplete)
        #expect(
            try dutchNotes().incomplete(gap)
                == "Rotterdam, M 2023: onvolledig, want 1 gemeente zonder (volledig) cijfer (Voorne aan Zee); "
            + "som van de overige gemeenten: 1.763.")
        let limburg = try district("limburg")
        #expect(dataset[limburg, 0, 0].amount == .missing)  // no municipality of Limburg in the source
    }

    @Test("Rankings: highest first, competition ranks, unranked regions counted")
    func rankings() throws {
        let rankings = try table("meldingen").rankings
        #expect(
            rankings.map { $0.entries.map(\.region.name) } == [
                ["Rotterdam", "Amsterdam"], ["Amsterdam", "Rotterdam"],
            ])
        #expect(rankings.map(\.unranked) == [0, 2])
        #expect(try figure("meldingen", "GM0917", "2022", .rank).amount == .count(5)) // Heerlen, 0 is lowest
    }

    @Test("Ties share a rank and the next rank is skipped")
    func ties() throws {
        var dataset = Dataset(id: "t", measures: [Measure(id: "m", label: "M")], periods: [Period("2022")])
        for (code, value) in [("A", Exact(5)), ("B", 7), ("C", 5), ("D", 1)] {
            let row = dataset.row(for: Region(type: .gemeente, code: code, name: code))
            dataset[row, 0, 0] = Cell(amount: .count(value), provenance: nil)
        }
        let spec = try YAMLTestDecoder.table(
            "id: t\ntitle: t\ndata: x\nperiods: [2022]\ntop: 3\nmeasures: [{id: m, label: M}]")
        let computed = ReportComputer.compute(spec: spec, dataset: dataset)
        let entries = try #require(computed.rankings.first).entries
        #expect(entries.map(\.rank) == [1, 2, 2])
        #expect(entries.map(\.region.code) == ["B", "A", "C"])
    }

    @Test("Fractions rank as whole numbers do: the two comparisons give the same order and ties")
    func fractionTies() {
        let names = ["D", "A", "C", "B", "E"]
        let whole: [Amount] = [.count(5), .count(7), .count(5), .missing, .count(1)]
        let halves = whole.map { amount in amount.exact.map { Amount.value($0 / 2) } ?? amount }
        for amounts in [whole, halves] {
            let ranked = Ranking.competition(Array(zip(names, amounts)), value: \.1, name: \.0)
            #expect(ranked.map(\.item.0) == ["A", "C", "D", "E"])
            #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        }
    }

    @Test("Category shares and switched-off columns in a national table")
    func categories() throws {
        let verzoeken = try table("verzoeken")
        #expect(verzoeken.columns.map(try dutchWording().header) == ["2022", "2023", "verschil 2022–2023 (%)",
                                                    "aandeel in totaal 2022 (%)", "aandeel in totaal 2023 (%)"])
        #expect(
            try figure("verzoeken", "NL", "2023", .sharePct, measure: "verzoeken-klinisch").amount
                == .value(Exact(2100, over: 120)))
        #expect(
            try figure("verzoeken", "NL", "2023", .sharePct, measure: "verzoeken-klinisch").comparedTo == "verzoeken")
        #expect(verzoeken.rows.first?.cells.last == .notApplicable)  // share of a total in itself
    }
}

@Suite("Grouping municipalities to provinces")
struct ProvinceTests {
    @Test("Province totals with honest gaps; provinces in a tidy file resolve by name or code")
    func provinces() throws {
        let inputs = try ReportLoader.load(specPath: Paths.miniSpec)
        let source = try #require(inputs.datasets["meldingen"]).dataset
        let (dataset, incomplete) = Aggregation.group(source, id: "p", to: .provincie, gazetteer: inputs.gazetteer)
        #expect(dataset.regions.map(\.code) == ["limburg", "noord-holland", "zuid-holland", "NL"])
        let zuidHolland = try #require(
            dataset.rowIndex(of: Region(type: .provincie, code: "zuid-holland", name: "Zuid-Holland")))
        #expect(dataset[zuidHolland, 0, 0].amount == .count(1733))  // Rotterdam 1.723 + Brielle 10
        #expect(dataset[zuidHolland, 0, 1].amount == .count(1788))  // Rotterdam 1.763 + Voorne aan Zee 25
        #expect(incomplete.map(\.region.code) == ["limburg"])
        let path = try temporaryFile(
            "p.csv",
            "region_type,region,measure,period,value\nprovincie,Fryslân,begin,2022,5\n"
                + "provincie,gelderland,begin,2022,6\nprovincie,Zeeuws,begin,2022,1\n"
        )
        let spec = try miniTable("meldingen")
        #expect(throws: LoadErrors([LoadError(file: "p.csv", line: 4, column: 2, .unknownProvince(name: "Zeeuws"))])) {
            try ReportLoader.loadData(
                path: path, file: "p.csv", spec: spec, delivery: Delivery(document: ""), gazetteer: realGazetteer)
        }
    }
}

@Suite("Published shares")
struct PublishedSharesTests {
    /// Ten districts with the given shares of a national total of 2.000.
    func apply(_ shares: [Exact], counts: [Int: Exact] = [:]) -> ([ShareCheck], [ShareMismatch], Dataset) {
        let measure = Measure(id: "m", label: "M")
        var shareData = Dataset(id: "s", measures: [measure], periods: [Period("2022")])
        var dataset = Dataset(id: "d", measures: [measure], periods: [Period("2022")])
        for (index, share) in shares.enumerated() {
            let region = Region(type: .arrondissement, code: "a\(index)", name: "A\(index)")
            shareData[shareData.row(for: region), 0, 0] = Cell(amount: .count(share), provenance: nil)
            if let count = counts[index] {
                dataset[dataset.row(for: region), 0, 0] = Cell(amount: .count(count), provenance: nil)
            }
        }
        dataset[dataset.row(for: .netherlands), 0, 0] = Cell(amount: .count(2000), provenance: nil)
        let (checks, mismatches) = PublishedShares.apply(shareData, to: &dataset, levelSize: 10)
        return (checks, mismatches, dataset)
    }

    @Test("A region without a count gets share × national total, estimated")
    func estimate() throws {
        let (_, _, dataset) = apply([decimal("16.8")])
        let row = try #require(dataset.rowIndex(of: Region(type: .arrondissement, code: "a0", name: "A0")))
        #expect(dataset[row, 0, 0].amount.status == .estimated)
        #expect(dataset[row, 0, 0].amount == .estimated(336))  // 16,8% of 2.000
    }

    @Test("All ten shares must add up to 100% within rounding (0,05 per share)")
    func complete() throws {
        let nine: [Exact] = Array(repeating: 10, count: 9)
        #expect(apply(nine + [decimal("10.4")]).0.first?.isConsistent == true)   // 100,4 ≤ 100 + 0,5
        #expect(apply(nine + [decimal("10.5")]).0.first?.isConsistent == true)   // 100,5: exactly at the limit
        #expect(apply(Array(repeating: 10, count: 9) + [decimal("10.6")]).0.first?.isConsistent == false)  // 100,6
        #expect(apply(Array(repeating: 10, count: 9) + [decimal("10.6")]).0.first.map(try dutchNotes().shareCheck)
                == "Gepubliceerde aandelen M 2022: alle 10 regio's, maar samen 100,6% in plaats van 100%.")
    }

    @Test("Partial shares may not exceed 100%")
    func partial() {
        #expect(apply([60, decimal("39.9")]).0.first?.isConsistent == true)
        #expect(apply([60, 41]).0.first?.isConsistent == false)
    }

    @Test("A counted figure that disagrees with its published share is reported, and kept")
    func mismatch() throws {
        let (_, mismatches, dataset) = apply([15, 20], counts: [0: 315, 1: 400])  // 15,75% against 15,0%; 20,0% exact
        #expect(mismatches.map(\.region.code) == ["a0"])
        #expect(try #require(mismatches.first).countedShare == Exact(1575, over: 100))
        let row = try #require(dataset.rowIndex(of: Region(type: .arrondissement, code: "a0", name: "A0")))
        #expect(dataset[row, 0, 0].amount == .count(315))
    }
}
