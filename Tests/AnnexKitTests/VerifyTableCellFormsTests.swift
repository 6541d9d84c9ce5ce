import Foundation
import Testing

@testable import AnnexKit

/// The verdict of each claim of `kind` in `text`, by the claim as written.
private func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
    try VerifyTableRowRatesTests.verdicts(text, kind)
}

/// Headers that name their columns by a range of ages ('6-11 jaar') and total rows whose label closes on 'totaal'
/// ('Regio totaal') (`TableBlock`). Every table is hand-computed; the values are in the comments.
@Suite("verify: a text table's range headers and labels closing on 'totaal'")
struct VerifyTableRangeHeaderTests {
    /// Members per age class: 45 + 61 = 106; 38 + 29 = 67 ('77' is caught).
    @Test(
        "A header of age ranges names its columns; the total row sums them",
        arguments: [("67", Verdict.consistent), ("77", .inconsistent)])
    func ageRanges(older: String, expected: Verdict) throws {
        let text = """
            Jeugdleden per leeftijdsklasse
            Club | 6-11 jaar | 12-17 jaar
            Noord | 45 | 38
            Zuid | 61 | 29
            Totaal | 106 | \(older)
            """
        let found = try verdicts(text, .sum)
        #expect(found["106"] == .consistent)
        #expect(found[older] == expected)
    }

    /// Turn-outs per fire station: 310 + 96 = 406 ('416' is caught).
    @Test(
        "A label closing on 'totaal' is a total row",
        arguments: [("406", Verdict.consistent), ("416", .inconsistent)])
    func closingTotal(total: String, expected: Verdict) throws {
        let text = """
            Post | inzetten
            Deventer | 310
            Olst | 96
            Regio totaal | \(total)
            """
        #expect(try verdicts(text, .sum)[total] == expected)
    }

    /// A range whose bounds fall (12 to 6) names no column, so the rows under it are never summed ('77' stays
    /// unjudged); a total row's mean (8,1 and 9,4 against 8,5) is never called a wrong sum.
    @Test(
        "A falling range is no header, and a total row's mean is no wrong sum",
        arguments: [
            "Club | 12-6 jaar | 17-12 jaar\nNoord | 45 | 38\nZuid | 61 | 29\nTotaal | 106 | 77",
            "Post | gem. aanrijtijd (min)\nDeventer | 8,1\nOlst | 9,4\nRegio totaal | 8,5",
        ])
    func noTotal(text: String) throws {
        #expect(try verdicts(text, .sum).values.allSatisfy { $0 != .inconsistent })
    }
}

/// Columns of change headed 'Stijging', and columns of change in points over levels written bare
/// (`TableRowColumns.change`).
@Suite("verify: a text table's column of a rise, and points over bare levels")
struct VerifyTableRiseAndPointsTests {
    /// Prices: 2,50 → 2,75 is +10,0%; 1,20 → 1,32 is +10,0%; 8,00 → 8,60 is +7,5% ('7,0%' takes the new price as its
    /// base, 0,60 / 8,60 = 6,98%: caught).
    @Test(
        "A column headed 'Stijging' holds each row's change",
        arguments: [("7,5%", Verdict.consistent), ("7,0%", .inconsistent)])
    func rise(cheese: String, expected: Verdict) throws {
        let text = """
            Product | 2023 | 2024 | Stijging
            Brood | € 2,50 | € 2,75 | 10,0%
            Melk | € 1,20 | € 1,32 | 10,0%
            Kaas | € 8,00 | € 8,60 | \(cheese)
            """
        let found = try verdicts(text, .change)
        #expect(found["10,0%"] == .consistent)
        #expect(found[cheese] == expected)
    }

    /// Turn-out per district in percent, the levels bare: 54,0 → 57,5 is +3,5 points; 61,2 → 59,0 is −2,2; 48,3 →
    /// 50,1 is +1,8 ('-1,8' has the wrong sign: caught).
    @Test(
        "A column of change in points reads bare levels as percentages",
        arguments: [("+1,8", Verdict.consistent), ("-1,8", .inconsistent)])
    func pointsOverBareLevels(east: String, expected: Verdict) throws {
        let text = """
            Opkomst per wijk (%)
            Wijk | 2022 | 2023 | Verschil (pp)
            Noord | 54,0 | 57,5 | +3,5
            Zuid | 61,2 | 59,0 | -2,2
            Oost | 48,3 | 50,1 | \(east)
            """
        let found = try verdicts(text, .points)
        #expect(found["+3,5"] == .consistent && found["-2,2"] == .consistent)
        #expect(found[east] == expected)
    }

    /// Levels in euros under a header of points are no percentages: no claim of points.
    @Test("A column in points over levels in euros gives no claim of points")
    func pointsOverAmounts() throws {
        let text = """
            Wijk | 2022 | 2023 | Verschil (pp)
            Noord | € 54,0 | € 57,5 | +3,5
            Zuid | € 61,2 | € 59,0 | -2,2
            """
        #expect(try verdicts(text, .points).isEmpty)
    }
}

/// Columns of a rate ('X per Y') whose X is a compound's head ('Rolcontainers' for 'containers'), whose part is in
/// the scale its header states ('(x 1.000)'), or whose X names no column beside the one other column of counts
/// (`TableRowColumns.rate`).
@Suite("verify: a text table's rate of a compound's head, a header's scale, an unnamed numerator")
struct VerifyTableRateNamingTests {
    /// Bins per household, the bins in thousands: 87.000 / 58.000 = 1,5; 44.000 / 22.000 = 2,0; 6.000 / 5.000 = 1,2
    /// ('2,1' is caught).
    @Test(
        "A rate's words may name a compound, in the scale its header states",
        arguments: [("1,2", Verdict.consistent), ("2,1", .inconsistent)])
    func compoundInThousands(hattem: String, expected: Verdict) throws {
        let text = """
            Gemeente | Huishoudens | Rolcontainers (x 1.000) | Containers per huishouden
            Zwolle | 58.000 | 87 | 1,5
            Kampen | 22.000 | 44 | 2,0
            Hattem | 5.000 | 6 | \(hattem)
            """
        let found = try verdicts(text, .ratio)
        #expect(found["1,5"] == .consistent && found["2,0"] == .consistent)
        #expect(found[hattem] == expected)
    }

    /// Costs in thousands of euros over members: 96.000 / 2.400 = 40,00; 63.000 / 1.750 = 36,00.
    @Test("A column of amounts in thousands is scaled by its header")
    func amountsInThousands() throws {
        let text = """
            Vestiging | leden | kosten (x € 1.000) | kosten per lid (€)
            Noord | 2.400 | 96 | 40,00
            Zuid | 1.750 | 63 | 36,00
            """
        let found = try verdicts(text, .ratio)
        #expect(found["40,00"] == .consistent && found["36,00"] == .consistent)
    }

    /// Applicants per place, 'kandidaten' naming no column: 360 / 40 = 9,0; 210 / 30 = 7,0; 150 / 25 = 6,0 ('5,0' is
    /// caught).
    @Test(
        "Words of a rate that name no column take the one other column of counts",
        arguments: [("6,0", Verdict.consistent), ("5,0", .inconsistent)])
    func unnamedNumerator(west: String, expected: Verdict) throws {
        let text = """
            Vestiging | Aanmeldingen | Plaatsen | Kandidaten per plaats
            Noord | 360 | 40 | 9,0
            Zuid | 210 | 30 | 7,0
            West | 150 | 25 | \(west)
            """
        let found = try verdicts(text, .ratio)
        #expect(found["9,0"] == .consistent)
        #expect(found[west] == expected)
    }

    /// Three columns of counts beside the rate's whole leave its numerator unknown; an unnamed numerator whose rows
    /// do not show the rate (360 / 40 is 9, not 4,5) measures something else: no rate is read.
    @Test(
        "An unnamed numerator among several columns, or one the rows do not show, gives no claim",
        arguments: [
            "Vestiging | Aanmeldingen | Intakes | Plaatsen | Kandidaten per plaats\nNoord | 360 | 120 | 40 | 9,0\n"
                + "Zuid | 210 | 90 | 30 | 7,0",
            "Vestiging | Aanmeldingen | Plaatsen | Kandidaten per plaats\nNoord | 360 | 40 | 4,5\n"
                + "Zuid | 210 | 30 | 3,5",
        ])
    func noRate(text: String) throws {
        #expect(try verdicts(text, .ratio).values.allSatisfy { $0 == .unverifiable })
    }
}
