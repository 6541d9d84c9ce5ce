import Foundation
import Testing

@testable import AnnexKit

/// Total rows of small tables written as text with more than one value column: between bars (with or without the
/// outer ones), split by tabs, or aligned with spaces under a header. Per column the total row is the sum of the body
/// rows above it; a share column whose total is 100% the sum of its shares. Each guard leaves a claim unverifiable or
/// makes none, never inconsistent. Every table is hand-computed; the sums are in the comments.
@Suite("verify: total rows of tables written as text, per column")
struct VerifyTableTotalRowsTests {
    /// The verdict of each table claim of `text`, by the total as written.
    static func verdicts(_ text: String) throws -> [String: Verdict] {
        let found = try verified(text).filter { $0.kind == .sum }
        return Dictionary(found.map { ($0.written, $0.verdict) }, uniquingKeysWith: { first, _ in first })
    }

    /// Loans of a city library's branches. 41.250 + 18.730 + 9.420 = 69.400; 43.980 + 17.460 + 10.115 = 71.555.
    static func loans(total2023: String) -> String {
        """
        Uitleningen per vestiging

        | Vestiging | 2022 | 2023 |
        |-----------|-----:|-----:|
        | Centrum | 41.250 | 43.980 |
        | Oost | 18.730 | 17.460 |
        | Haven | 9.420 | 10.115 |
        | **Totaal** | **69.400** | **\(total2023)** |
        """
    }

    @Test("A total row between bars sums each value column; a wrong column is caught, the other stays right")
    func barredColumns() throws {
        #expect(try Self.verdicts(Self.loans(total2023: "71.555")) == ["69.400": .consistent, "71.555": .consistent])
        #expect(try Self.verdicts(Self.loans(total2023: "72.555")) == ["69.400": .consistent, "72.555": .inconsistent])
    }

    @Test("The operands are the body rows, each cited by its line")
    func citesRows() throws {
        let total = try claim("72.555", in: Self.loans(total2023: "72.555"))
        #expect(total.sources == ["text:5: 43980", "text:6: 17460", "text:7: 10115"])
        #expect(total.recomputed == Exact(71_555))
        #expect(total.line == 8)
    }

    /// Cases of a court, rows without outer bars. 12.480 + 4.315 + 8.760 = 25.555; 11.905 + 4.620 + 9.045 = 25.570.
    @Test(
        "Rows without the outer bars read the same",
        arguments: [("25.570", Verdict.consistent), ("25.870", .inconsistent)])
    func barsWithoutOuterOnes(total: String, expected: Verdict) throws {
        let text = """
            Rechtsgebied | 2022 | 2023
            Civiel | 12.480 | 11.905
            Bestuursrecht | 4.315 | 4.620
            Strafrecht | 8.760 | 9.045
            Totaal | 25.555 | \(total)
            """
        let verdicts = try Self.verdicts(text)
        #expect(verdicts == ["25.555": .consistent, total: expected], "\(verdicts)")
    }

    /// A port's throughput in million tonnes, split by tabs. 212,4 + 74,8 + 151,6 = 438,8; 205,9 + 69,3 + 147,2 =
    /// 422,4.
    @Test(
        "Rows split by tabs read the same, with decimals",
        arguments: [("422,4", Verdict.consistent), ("432,4", .inconsistent)])
    func tabbedRows(total: String, expected: Verdict) throws {
        let text = "Overslag (mln ton)\nLading\t2022\t2023\nNatte bulk\t212,4\t205,9\nDroge bulk\t74,8\t69,3\n"
            + "Containers\t151,6\t147,2\nTotaal\t438,8\t\(total)"
        #expect(try Self.verdicts(text) == ["438,8": .consistent, total: expected])
    }

    /// Admissions of a hospital's wards, aligned with spaces. 3.410 + 2.275 + 1.960 = 7.645; 3.588 + 2.190 + 2.045 =
    /// 7.823.
    @Test(
        "Columns aligned with spaces under a header read the same",
        arguments: [("7.645", Verdict.consistent), ("7.745", .inconsistent)])
    func alignedColumns(total: String, expected: Verdict) throws {
        let text = """
            Opnamen per afdeling

            Afdeling        2022     2023
            Cardiologie     3.410    3.588
            Longziekten     2.275    2.190
            Neurologie      1.960    2.045
            Totaal          \(total)    7.823
            """
        #expect(try Self.verdicts(text) == [total: expected, "7.823": .consistent])
    }

    /// Visitors of a zoo with a share column. 21.340 + 19.870 + 7.260 = 48.470; 44,0 + 41,0 + 15,0 = 100,0 (21.340 of
    /// 48.470 is 44,03%); with 12,0 for the groups the shares add up to 97,0.
    @Test(
        "A share column whose total row says 100% is a sum of shares, with or without '%' in its cells",
        arguments: [
            ("| Totaal | 48.470 | 100% |", "44,0%", "15,0%", Verdict.consistent),
            ("| Totaal | 48.470 | 100% |", "44,0%", "12,0%", .inconsistent),
            ("| Totaal | 48.470 | 100 |", "44,0", "15,0", .consistent),
            ("| Totaal | 48.470 | 100 |", "44,0", "12,0", .inconsistent),
        ])
    func shareColumn(total: String, adults: String, groups: String, expected: Verdict) throws {
        let text = """
            | Bezoekers | Aantal | Aandeel (%) |
            |---|---:|---:|
            | Volwassenen | 21.340 | \(adults) |
            | Kinderen | 19.870 | 41,0 |
            | Groepen | 7.260 | \(groups) |
            \(total)
            """
        let found = try verified(text).filter { $0.kind == .sum }
        #expect(found.map(\.verdict) == [.consistent, expected], "\(found.map { reason($0) })")
    }

    /// Cases of a subdistrict court: 6.120 + 2.740 = 8.860 and 5.980 + 2.815 = 8.795 without the sub-rows (with them
    /// 10.290 and 10.185).
    @Test(
        "A sub-row ('waarvan …', one set in further or opening with a dash) is no part of the total",
        arguments: [
            "| waarvan huur | 1.430 | 1.390 |", "|    huurzaken | 1.430 | 1.390 |", "| - huur | 1.430 | 1.390 |",
        ])
    func subRows(subRow: String) throws {
        let text = """
            | Soort zaak | Ingekomen | Afgedaan |
            | Kanton | 6.120 | 5.980 |
            \(subRow)
            | Handel | 2.740 | 2.815 |
            | Totaal | 8.860 | 8.795 |
            """
        #expect(try Self.verdicts(text) == ["8.860": .consistent, "8.795": .consistent])
    }

    /// Loans and a mean per member: 43.980 + 17.460 = 61.440; the means (12,4 and 9,8) add up to 22,2, not 11,6.
    @Test(
        "A column of means, changes, rates or percentages that are no shares is not summed",
        arguments: [
            ("Gemiddeld per lid", "12,4", "9,8", "11,6"), ("Mutatie (%)", "+3,1%", "−1,2%", "+1,8%"),
            ("Groei", "3,1", "1,2", "2,5"), ("Boeken per lid", "21", "14", "18"),
            ("Digitaal (%)", "41%", "35%", "39%"),
        ])
    func unsummedColumns(header: String, centre: String, east: String, total: String) throws {
        let text = """
            | Vestiging | Uitleningen | \(header) |
            | Centrum | 43.980 | \(centre) |
            | Oost | 17.460 | \(east) |
            | Totaal | 61.440 | \(total) |
            """
        #expect(try Self.verdicts(text) == ["61.440": .consistent])
    }

    /// Ships per harbour; Zuid's count of 2022 is suppressed. 1.305 + 980 + 590 = 2.875.
    @Test(
        "A blank, '-', '.', 'x' or '*' cell leaves its column's total unverifiable, the other column checked",
        arguments: ["x", "-", ".", "*", ""])
    func missingCell(mark: String) throws {
        let text = """
            | Haven | 2022 | 2023 |
            | Noord | 1.240 | 1.305 |
            | Zuid | \(mark) | 980 |
            | West | 615 | 590 |
            | Totaal | 2.790 | 2.875 |
            """
        #expect(try Self.verdicts(text) == ["2.790": .unverifiable, "2.875": .consistent])
    }

    /// Costs of a theatre; one cell is in millions, the others in euros: 1.240.000 + 380.000 = 1.620.000, but the
    /// column is not read as one unit.
    @Test("A column whose cells name different units is not summed")
    func unitsDiffer() throws {
        let text = """
            | Post | 2022 | 2023 |
            | Personeel | 1.180.000 | 1,24 mln |
            | Huisvesting | 395.000 | 380.000 |
            | Totaal | 1.575.000 | 1.720.000 |
            """
        #expect(try Self.verdicts(text) == ["1.575.000": .consistent])
    }

    @Test(
        "A total row with fewer or more cells than the header makes no claim",
        arguments: ["| Totaal | 69.400 |", "| Totaal | 69.400 | 71.555 | 140.955 |"])
    func totalRowOfOtherWidth(total: String) throws {
        let text = """
            | Vestiging | 2022 | 2023 |
            | Centrum | 41.250 | 43.980 |
            | Oost | 18.730 | 17.460 |
            | Haven | 9.420 | 10.115 |
            \(total)
            """
        #expect(try Self.verdicts(text).isEmpty)
    }

    /// Cases of four courts in two blocks: 410 + 380 = 790 and 250 + 300 = 550 (all four: 1.340); in a second
    /// column 122 + 98 = 220 and 75 + 81 = 156.
    @Test("Rows after a total row belong to a new block")
    func blockAfterTotal() throws {
        let text = """
            | Rechtbank | Zaken | Zittingen |
            | Noord | 410 | 122 |
            | Zuid | 380 | 98 |
            | Totaal | 790 | 220 |
            | Oost | 250 | 75 |
            | West | 300 | 81 |
            | Totaal | 550 | 156 |
            """
        #expect(
            try Self.verdicts(text) == ["790": .consistent, "220": .consistent, "550": .consistent, "156": .consistent])
    }

    /// A museum's costs (thousand euro): 4.200 + 1.150 = 5.350 and 900 + 310 = 1.210; the grand total is 5.350 +
    /// 1.210 = 6.560 (the subtotals and the rows together would give 13.120). In the second column 3.980 + 1.090 =
    /// 5.070, 870 + 335 = 1.205, and 5.070 + 1.205 = 6.275.
    @Test(
        "A grand total under subtotals sums the subtotals, not them and the rows both",
        arguments: [("6.560", Verdict.consistent), ("6.660", .inconsistent)])
    func subtotals(grand: String, expected: Verdict) throws {
        let text = """
            | Post | 2023 | 2024 |
            | Lonen | 4.200 | 3.980 |
            | Sociale lasten | 1.150 | 1.090 |
            | Subtotaal personeel | 5.350 | 5.070 |
            | Huur | 900 | 870 |
            | Energie | 310 | 335 |
            | Subtotaal huisvesting | 1.210 | 1.205 |
            | Totaal | \(grand) | 6.275 |
            """
        let verdicts = try Self.verdicts(text)
        #expect(
            verdicts == ["5.350": .consistent, "5.070": .consistent, "1.210": .consistent, "1.205": .consistent,
                         grand: expected, "6.275": .consistent])
    }

    /// The same costs with the second group not closed by a subtotal: the grand total then sums the body rows, 4.200 +
    /// 1.150 + 900 + 310 = 6.560.
    @Test("A grand total after a subtotal and rows not subtotalled sums the body rows")
    func subtotalThenRows() throws {
        let text = """
            | Post | 2023 | 2024 |
            | Lonen | 4.200 | 3.980 |
            | Sociale lasten | 1.150 | 1.090 |
            | Subtotaal personeel | 5.350 | 5.070 |
            | Huur | 900 | 870 |
            | Energie | 310 | 335 |
            | Totaal | 6.560 | 6.275 |
            """
        #expect(
            try Self.verdicts(text) == ["5.350": .consistent, "5.070": .consistent, "6.560": .consistent,
                                        "6.275": .consistent])
    }

    @Test("A row that does not read as values leaves the block's totals unread")
    func unreadRow() throws {
        let text = """
            | Haven | 2022 | 2023 |
            | Noord | 1.240 | 1.305 |
            | Zuid | 980 / 1.010 | 975 |
            | West | 615 | 590 |
            | Totaal | 2.835 | 2.870 |
            """
        #expect(try Self.verdicts(text).isEmpty)
    }

    @Test("Rows of cells are read as such: bars, tabs, spaces; a rule is none")
    func rows() throws {
        let barred = try #require(TextTableRow("| Vracht | 310,2 | 298,0 |"))
        #expect(barred.style == .barred && barred.cells == ["Vracht", "310,2", "298,0"])
        let tabbed = try #require(TextTableRow("\tnaar Duitsland\t12\t\t14"))
        #expect(tabbed.style == .tabbed && tabbed.cells == ["naar Duitsland", "12", "", "14"] && tabbed.indent == 1)
        let spaced = try #require(TextTableRow("Soort        2023    2024"))
        #expect(spaced.style == .spaced && spaced.cells == ["Soort", "2023", "2024"])
        #expect(TextTableRow("Een zin zonder cellen.") == nil && TextTableRow("|") == nil)
        #expect(TextTableRow("Soort  2023") == nil)
        #expect(TableRule.isRule("|-----------|-----:|:----:|".unicodeScalars))
        #expect(!TableRule.isRule("| Totaal | 12 |".unicodeScalars))
        // A line with no bar, no tab and no run of two spaces (a no-break space counts as one) is rejected unread.
        #expect(TextTableRow.mayBeRow("Soort\u{A0} 2023".unicodeScalars))
        #expect(!TextTableRow.mayBeRow("Een zin, 2023 en 2024.".unicodeScalars))
    }

    @Test("Whether a line is a row between bars is told as its row would tell it, with no cells made")
    func barredWithoutCells() {
        let lines = [
            "| Kano | 14 | 9 |", "Kano | 14", "  Kano | 14 | 9", "\t| Kano | 14 |", "Kano |", "| Kano |", "|", "||",
            "Kano\t14\t9", "Kano    14    9", "Een zin met een | en verder niets.", "Een zin zonder cellen.", "",
        ]
        for line in lines {
            #expect(TextTableRow.isBarred(line) == (TextTableRow(line)?.style == .barred), "\(line)")
        }
        #expect(TextTableRow.isBarred("Kano | 14") && !TextTableRow.isBarred("| Kano |"))
        #expect(!TextTableRow.isBarred("Kano\t14\t9"))
    }

    @Test("The corpus measure finds a total row's claims when its quote keeps the row's outer bars")
    func measuredWithBars() {
        // 312,5 + 48 + 36,5 = 397 (right); 298 + 51,5 + 33 = 382,5, not 384,5 (planted).
        let text = """
            | Afdeling   | Formatie | Bezetting |
            | Zorg       | 312,5    | 298,0     |
            | Facilitair | 48,0     | 51,5      |
            | Staf       | 36,5     | 33,0      |
            | Totaal     | 397,0    | 384,5     |
            """
        let quote = "| Totaal     | 397,0    | 384,5     |"
        let claims = [("397.0", Verdict.consistent), ("384.5", .inconsistent)].map { claimed, verdict in
            VerifyCorpusMeasure.Expected(
                quote: quote, kind: "sum", verdict: verdict, planted: verdict == .inconsistent, claimed: claimed)
        }
        let entry = VerifyCorpusMeasure.Entry(id: "fte-001", text: text, claims: claims)
        let outcome = VerifyCorpusMeasure(entries: [entry], file: "bars.yaml").run()
        #expect(outcome.resolved == 2 && outcome.caught == 1)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
    }
}
