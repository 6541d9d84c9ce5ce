import Foundation
import Testing

@testable import AnnexKit

/// The columns of a small table written as text that each row derives from its own cells (`TableRowColumns`): a share
/// of the row's two counts, and a difference, point change or change in percent between two columns named by periods.
/// Each guard gives no claim, never an inconsistent one. Every table is hand-computed; the values are in the comments.
@Suite("verify: a text table's row columns of its own shares and changes")
struct VerifyTableRowColumnsTests {
    /// The kind and verdict of each claim of `text` a table's row makes, by the claim as written.
    static func verdicts(_ text: String) throws -> [String: String] {
        let kinds: Set<ClaimKind> = [.share, .difference, .points, .change]
        let found = try verified(text).filter { kinds.contains($0.kind) }
        // A row aligned with spaces is read as prose too, where its share stays unverifiable: the table's verdict wins.
        return Dictionary(
            found.map { ($0.written, "\($0.kind) \($0.verdict)") },
            uniquingKeysWith: { first, second in first.hasSuffix("unverifiable") ? second : first })
    }

    // MARK: Shares of the row's own counts

    /// Driving schools, split by tabs: 5.112 / 6.240 = 81,92%, 1.406 / 1.850 = 76,00%, 712 / 930 = 76,56%.
    @Test(
        "A row's share is its later count of its earlier, under a compound of 'percentage'; 3 points off is caught",
        arguments: [("76,6%", "share consistent"), ("79,6%", "share inconsistent")])
    func tabbedCompound(truck: String, expected: String) throws {
        let text = "Examens per categorie\nCategorie\tIngeschreven\tGediplomeerd\tSlaagpercentage\n"
            + "Auto\t6.240\t5.112\t81,9%\nMotor\t1.850\t1.406\t76,0%\nVrachtwagen\t930\t712\t\(truck)\n"
        #expect(
            try Self.verdicts(text) == [
                "81,9%": "share consistent", "76,0%": "share consistent", truck: expected,
            ])
    }

    @Test("A row's share cites its two counts on its own line")
    func citesRow() throws {
        let text = "| Afdeling | Aanvragen | Toegekend | % |\n|---|--:|--:|--:|\n| Wonen | 412 | 287 | 69,7 |\n"
            + "| Zorg | 1.096 | 874 | 79,7 |"
        let share = try claim("69,7%", in: text)
        #expect(share.verdict == .consistent, "\(reason(share))")
        #expect(share.sources == ["text:3: 287", "text:3: 412"])
        #expect(share.recomputed == Exact(287, over: 412) * Exact(100))
    }

    /// Inspections by municipality, aligned with spaces, and a total row: 151 / 238 = 63,45%, 2.911 / 3.905 =
    /// 74,545…% (to one decimal 74,5), total 3.062 / 4.143 = 73,91%.
    @Test("Aligned with spaces, a total row's share is of its own counts too")
    func alignedWithTotal() throws {
        let text = """
            Gemeente      Controles    Boetes    Percentage
            Dalfsen       238          151       63,4%
            Zwolle        3.905        2.911     74,5%
            Totaal        4.143        3.062     73,9%
            """
        #expect(
            try Self.verdicts(text) == [
                "63,4%": "share consistent", "74,5%": "share consistent", "73,9%": "share consistent",
            ])
    }

    /// Polling stations, bars without the outer ones, a header that names no share over cells with '%': 9.778 /
    /// 15.230 = 64,20%, 5.313 / 8.740 = 60,79%.
    @Test(
        "Cells with '%' under a header that names no whole are shares of the row's counts",
        arguments: [("60,8%", "share consistent"), ("63,8%", "share inconsistent")])
    func percentCells(east: String, expected: String) throws {
        let text = """
            Stembureau | Kiesgerechtigden | Stemmers | Opkomst
            West | 15.230 | 9.778 | 64,2%
            Oost | 8.740 | 5.313 | \(east)
            """
        #expect(try Self.verdicts(text) == ["64,2%": "share consistent", east: expected])
    }

    /// The same polling stations under headers that name another whole, a rate or a change: no share of the row.
    @Test(
        "A header naming another whole, a rate or a change gives no claim",
        arguments: ["% van inwoners", "per 1.000", "Groei (%)", "Gemiddeld %"])
    func namedOtherWhole(header: String) throws {
        let text = """
            | Stembureau | Kiesgerechtigden | Stemmers | \(header) |
            | West | 15.230 | 9.778 | 64,2 |
            | Oost | 8.740 | 5.313 | 60,8 |
            """
        #expect(try Self.verdicts(text).isEmpty)
    }

    /// A suppressed count leaves its row without a claim; the other rows are checked (287 / 412 = 69,66%).
    @Test("A row with a missing or suppressed count gives no claim")
    func missingCount() throws {
        let text = """
            | Afdeling | Aanvragen | Toegekend | % |
            | Wonen | 412 | 287 | 69,7 |
            | Zorg | x | 874 | 79,7 |
            | Werk | 96 | - | 12,0 |
            """
        #expect(try Self.verdicts(text) == ["69,7%": "share consistent"])
    }

    /// Places offered and taken: in one row the later count is the larger (530 of 480), so the column is no share of
    /// the earlier count, whatever the other rows' cells give (300 / 400 = 75%).
    @Test("A later count larger than the earlier in one row gives no claim in any row")
    func partAboveWhole() throws {
        let text = """
            Regio\tAangeboden\tIngevuld\t%
            Noord\t400\t300\t75
            Zuid\t480\t530\t110
            """
        #expect(try Self.verdicts(text).isEmpty)
    }

    /// Counts named by two years are levels of a change (400 and 300: no part of a whole), three count columns name
    /// no pair, and shares that split 100 with a total row are the column's shares of its total (50 + 50), which
    /// `TableShareRow` reads when its header names the count column.
    @Test(
        "Counts named by two years, three count columns, or shares of the column's total give no row share",
        arguments: [
            "| Wijk | 2023 | 2024 | % |\n| Noord | 400 | 300 | 75 |\n| Zuid | 800 | 400 | 50 |",
            "| Wijk | Aangemeld | Gestart | Afgerond | % |\n| Noord | 500 | 400 | 300 | 75 |\n"
                + "| Zuid | 900 | 800 | 400 | 50 |",
            "| Wijk | Leden | Actief | Aandeel |\n| Noord | 400 | 200 | 50 |\n| Zuid | 400 | 200 | 50 |\n"
                + "| Totaal | 800 | 400 | 100 |",
        ])
    func noPartAndWhole(text: String) throws {
        #expect(try Self.verdicts(text).isEmpty)
    }

    // MARK: Differences and changes

    /// Loans of a library, bars with the outer ones, in the years' order: 1.316 − 1.204 = 112, 1.015 − 980 = 35.
    @Test(
        "A difference column after two years is the later year's value less the earlier's",
        arguments: [("+35", "difference consistent"), ("+53", "difference inconsistent")])
    func yearsDifference(hengelo: String, expected: String) throws {
        let text = """
            | Vestiging | 2022 | 2023 | verschil |
            |---|--:|--:|--:|
            | Almelo | 1.204 | 1.316 | +112 |
            | Hengelo | 980 | 1.015 | \(hengelo) |
            """
        let verdicts = try Self.verdicts(text)
        #expect(verdicts.count == 2, "\(verdicts)")
        let consistent = expected == "difference consistent" ? 2 : 1
        #expect(verdicts.values.filter { $0 == "difference consistent" }.count == consistent)
        #expect(verdicts.values.contains(expected))
    }

    /// Turnover per branch in millions, split by tabs, the later quarter first: 18,4 − 17,9 = 0,5;
    /// 22,1 − 23,0 = −0,9 (written with '−'); 12,7 − 13,5 = −0,8, so '+0,8' has the wrong sign.
    @Test("The periods' order, not the columns', says which level is old; a wrong sign is caught")
    func quartersReversed() throws {
        let text = "Branche\tomzet Q2 2024 (mln)\tomzet Q2 2023 (mln)\tmutatie\nBouw\t18,4\t17,9\t+0,5\n"
            + "Zorg\t22,1\t23,0\t−0,9\nHandel\t12,7\t13,5\t+0,8\n"
        let found = try verified(text).filter { $0.kind == .difference }
        #expect(found.map(\.verdict) == [.consistent, .consistent, .inconsistent], "\(found.map { reason($0) })")
        #expect(found.map(\.recomputedValue) == [0.5, -0.9, -0.8])
    }

    /// Shares of voters per province in two years, aligned with spaces: 35,0 − 31,4 = 3,6 points;
    /// 11,9 − 12,8 = −0,9; 41,5 − 40,2 = 1,3 points, so '+1,1' is caught.
    @Test("Between two columns of percentages a bare difference is a change in points")
    func points() throws {
        let text = """
            Provincie     2019     2023     verschil
            Drenthe       31,4%    35,0%    +3,6
            Flevoland     12,8%    11,9%    -0,9
            Zeeland       40,2%    41,5%    +1,1
            """
        let found = try verified(text).filter { $0.kind == .points }
        #expect(found.map(\.verdict) == [.consistent, .consistent, .inconsistent], "\(found.map { reason($0) })")
    }

    /// Dwellings per district, bars without the outer ones: (8.652 − 8.400) / 8.400 = +3,00%,
    /// (4.995 − 5.150) / 5.150 = −3,01%, (3.310 − 3.120) / 3.120 = +6,09%.
    @Test(
        "A cell with '%' is a change in percent of the old level; a cell without a sign is a rise",
        arguments: [("6,1%", "change consistent"), ("-6,1%", "change inconsistent"), ("9,1%", "change inconsistent")])
    func percentChange(third: String, expected: String) throws {
        let text = """
            Wijk | 2023 | 2024 | groei
            Centrum | 8.400 | 8.652 | 3,0%
            Haven | 5.150 | 4.995 | -3,0%
            Oost | 3.120 | 3.310 | \(third)
            """
        #expect(
            try Self.verdicts(text) == ["3,0%": "change consistent", "-3,0%": "change consistent", third: expected])
    }

    /// Parking fees, old and new, in euros, a header of marks: 2,65 − 2,40 = 0,25; 3,00 − 3,10 = −0,10.
    @Test("Columns named old and new, in either order, give a difference in their unit")
    func oldAndNew() throws {
        let text = """
            | Zone | nieuw tarief | oud tarief | +/- |
            | Centrum | € 2,65 | € 2,40 | +0,25 |
            | Schil | € 3,00 | € 3,10 | -0,10 |
            """
        let found = try verified(text).filter { $0.kind == .difference }
        #expect(found.map(\.verdict) == [.consistent, .consistent], "\(found.map { reason($0) })")
        #expect(found.map(\.recomputedValue) == [0.25, -0.1])
    }

    /// The same fees with a column between the levels and the change, two columns of no order, three years, a
    /// change that names another year, or a rate: none of these says what the change is of.
    @Test(
        "A column of change gives no claim without two ordered levels right before it, or over a rate",
        arguments: [
            "| Zone | Mannen | Vrouwen | verschil |\n| Centrum | 240 | 265 | +25 |",
            "| Zone | 2022 | 2023 | 2024 | verschil |\n| Centrum | 220 | 240 | 265 | +25 |",
            "| Zone | 2023 | 2024 | verschil t.o.v. 2020 |\n| Centrum | 240 | 265 | +25 |",
            "| Zone | 2023 | 2024 | groei per jaar |\n| Centrum | 240 | 265 | +25 |",
            "| Zone | 2023 | Gemiddeld 2024 | verschil |\n| Centrum | 240 | 265 | +25 |",
        ])
    func noOrderedLevels(text: String) throws {
        #expect(try Self.verdicts(text).isEmpty)
    }

    /// A suppressed level leaves its row without a claim (1.316 − 1.204 = 112 is checked); a '%' cell over levels in
    /// percentages may be points or a change in percent: no claim.
    @Test("A missing level, or a '%' change of percentages, gives no claim")
    func missingLevelOrPercentOfPercent() throws {
        let missing =
            "| Vestiging | 2022 | 2023 | verschil |\n| Almelo | 1.204 | 1.316 | +112 |\n| Hengelo | . | 1.015 | +35 |"
        #expect(try Self.verdicts(missing).values.sorted() == ["difference consistent"])
        let percent = "| Provincie | 2019 | 2023 | verschil |\n| Drenthe | 31,4% | 35,0% | +3,6% |"
        #expect(try Self.verdicts(percent).isEmpty)
    }

    /// Members last year and this year, a cell without a sign: 1.840 − 1.912 = −72, so '72' (a rise) is caught.
    @Test(
        "'vorig jaar' and 'dit jaar' order the levels; a cell without a sign claims a rise",
        arguments: [("-72", Verdict.consistent), ("72", .inconsistent)])
    func unsignedIsRise(cell: String, expected: Verdict) throws {
        let text = "Afdeling\tvorig jaar\tdit jaar\tverandering\nJeugd\t1.912\t1.840\t\(cell)\nSenioren\t655\t701\t46\n"
        let found = try verified(text).filter { $0.kind == .difference }
        #expect(found.map(\.verdict) == [expected, .consistent], "\(found.map { reason($0) })")
    }
}
