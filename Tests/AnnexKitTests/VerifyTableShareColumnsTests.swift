import Foundation
import Testing

@testable import AnnexKit

/// The share column of a small table written as text, checked against its count column: each body row's share is
/// its count out of the total row's count, or, without a total row, out of the sum of the counts when the shares
/// split 100. Each guard gives no claim or an unverifiable one, never an inconsistent one. Every table is
/// hand-computed; the shares are in the comments.
@Suite("verify: a table's share column against its count column")
struct VerifyTableShareColumnsTests {
    /// The verdict of each share claim of `text`, by the share as written.
    static func verdicts(_ text: String) throws -> [String: Verdict] {
        let found = try verified(text).filter { $0.kind == .share }
        return Dictionary(found.map { ($0.written, $0.verdict) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reports to a municipality per district, split by tabs: 312 / 750 = 41,60%, 245 / 750 = 32,67%, 193 / 750 =
    /// 25,73%.
    @Test(
        "Each body row's share is its count of the total row's, split by tabs; a share 3 points off is caught",
        arguments: [("32,7%", Verdict.consistent), ("35,7%", .inconsistent)])
    func tabbedTable(south: String, expected: Verdict) throws {
        let text = "Meldingen per wijk\nWijk\tMeldingen\tAandeel\nNoord\t312\t41,6%\nZuid\t245\t\(south)\n"
            + "West\t193\t25,7%\nTotaal\t750\t100%"
        #expect(try Self.verdicts(text) == ["41,6%": .consistent, south: expected, "25,7%": .consistent])
    }

    @Test("The operands are the row's count and the total row's, each cited by its line")
    func citesRows() throws {
        let text = "Wijk\tMeldingen\tAandeel\nNoord\t312\t41,6%\nZuid\t245\t35,7%\nWest\t193\t25,7%\nTotaal\t750\t100%"
        let share = try claim("35,7%", in: text)
        #expect(share.sources == ["text:3: 245", "text:5: 750"])
        #expect(share.recomputed == Exact(245, over: 750) * Exact(100))
    }

    /// Participants of a course by age, aligned with spaces and no total row; the whole is their sum, 126 + 204 + 120 =
    /// 450: 28,0%, 45,3%, 26,7%, written to whole percents under 'Procent' (28 + 45 + 27 = 100).
    @Test("Without a total row the whole is the sum of the counts when the shares split 100")
    func alignedWithoutTotal() throws {
        let text = """
            Deelnemers naar leeftijd

            Groep          Deelnemers    Procent
            Jongeren       126           28
            Volwassenen    204           45
            Ouderen        120           27
            """
        #expect(try Self.verdicts(text) == ["28%": .consistent, "45%": .consistent, "27%": .consistent])
    }

    /// The same course with two shares written wrong, 48 (45,3% right) and 31 (26,7% right): the shares add up to
    /// 107 and only one row of three shows its share of the 450, so they split no whole the table shows. (One slip
    /// alone, 48 beside 28 and 27, leaves two rows of three showing their share: that column is read,
    /// `VerifyShareColumnWithSlipTests`.)
    @Test("Without a total row, shares that do not add up to 100 and that few rows show give no claim")
    func noTotalNoSplit() throws {
        let text = """
            Groep          Deelnemers    Procent
            Jongeren       126           28
            Volwassenen    204           48
            Ouderen        120           31
            """
        #expect(try Self.verdicts(text).isEmpty)
    }

    /// Trips by mode in two years, bars without the outer ones: 541 / 900 = 60,11%, 359 / 900 = 39,89%; 598 / 920 =
    /// 65,00%, 322 / 920 = 35,00%.
    @Test(
        "Each share column takes the count column it follows ('2023 | % | 2024 | %')",
        arguments: [("35,0", Verdict.consistent), ("38,0", .inconsistent)])
    func twoYears(car2024: String, expected: Verdict) throws {
        let text = """
            Vervoerwijze | 2023 | % | 2024 | %
            Fiets | 541 | 60,1 | 598 | 65,0
            Auto | 359 | 39,9 | 322 | \(car2024)
            Totaal | 900 | 100 | 920 | 100
            """
        #expect(
            try Self.verdicts(text) == [
                "60,1%": .consistent, "39,9%": .consistent, "65,0%": .consistent, "\(car2024)%": expected,
            ])
    }

    /// Members of a club in two regions: the share names its year, 2024; 455 / 1.200 = 37,92%, 745 / 1.200 = 62,08%
    /// (of 2023's 1.100 they would be 41,4% and 67,7%).
    @Test("A share column after two count columns takes the one its header names")
    func headerNamesYear() throws {
        let text = """
            | Regio | 2023 | 2024 | Aandeel 2024 |
            |---|--:|--:|--:|
            | Noord | 410 | 455 | 37,9% |
            | Zuid | 690 | 745 | 62,1% |
            | Totaal | 1.100 | 1.200 | 100% |
            """
        #expect(try Self.verdicts(text) == ["37,9%": .consistent, "62,1%": .consistent])
    }

    @Test("A share column after two count columns its header does not choose between gives no claim")
    func twoCountColumns() throws {
        let text = """
            | Regio | 2023 | 2024 | Aandeel |
            | Noord | 410 | 455 | 37,9% |
            | Zuid | 690 | 745 | 62,1% |
            | Totaal | 1.100 | 1.200 | 100% |
            """
        #expect(try Self.verdicts(text).isEmpty)
    }

    /// Ships per harbour, one count suppressed: 120 / 400 = 30,0%, 100 / 400 = 25,0%.
    @Test(
        "A missing count leaves its row's share unverifiable; without a total row, every share",
        arguments: [true, false])
    func missingCount(withTotal: Bool) throws {
        let text = """
            | Haven | Schepen | Aandeel |
            | Noord | 120 | 30,0% |
            | Oost | x | 45,0% |
            | Zuid | 100 | 25,0% |
            """ + (withTotal ? "\n| Totaal | 400 | 100% |" : "")
        let verdicts = try Self.verdicts(text)
        if withTotal {
            #expect(verdicts == ["30,0%": .consistent, "45,0%": .unverifiable, "25,0%": .consistent])
        } else {
            #expect(verdicts == ["30,0%": .unverifiable, "45,0%": .unverifiable, "25,0%": .unverifiable])
        }
    }

    /// Jobs by sector with a sub-row: 300 / 750 = 40,0% and 450 / 750 = 60,0%; the sub-row's 40,0% is of its parent
    /// (120 / 300), of the total it would be 16,0%.
    @Test("A sub-row's share may be of the row above: no claim", arguments: ["| waarvan voeding |", "|   voeding |"])
    func subRow(label: String) throws {
        let text = """
            | Sector | Banen | Aandeel |
            | Industrie | 300 | 40,0% |
            \(label) 120 | 40,0% |
            | Diensten | 450 | 60,0% |
            | Totaal | 750 | 100% |
            """
        let found = try verified(text).filter { $0.kind == .share }
        #expect(found.map(\.verdict) == [.consistent, .consistent], "\(found.map { reason($0) })")
        #expect(found.map(\.line) == [2, 4])
    }

    /// Inhabitants with a growth, a mean or a rate per inhabitant (41 and 59 would be wrong as shares: 20.000 / 50.000
    /// = 40%), and absence rates whose total is no 100: percentages that are rates, no shares of the total.
    @Test(
        "A column of rates (a change, a mean, 'per', a total that is no 100) gives no claim",
        arguments: [
            ("Groei (%)", "41", "59", "100"), ("Gemiddeld (%)", "41", "59", "100"),
            ("% per inwoner", "40", "60", "100"), ("Verzuim %", "4,2%", "6,1%", "5,1%"),
        ])
    func rates(header: String, first: String, second: String, total: String) throws {
        let text = """
            | Gemeente | Inwoners | \(header) |
            | Almelo | 20.000 | \(first) |
            | Hengelo | 30.000 | \(second) |
            | Totaal | 50.000 | \(total) |
            """
        #expect(try Self.verdicts(text).isEmpty)
    }

    /// Members of a club and its young members: 160 / 400 = 40% and 330 / 550 = 60% of each year's members; as shares
    /// of all young members, 160 / 490 = 32,7% and 330 / 490 = 67,3%, of all members 400 / 950 = 42,1%: the shares
    /// add up to 100, yet each is of its own row's members.
    @Test("A share column after a part column ('waarvan jeugd') gives no claim: its share may be of its row's whole")
    func partColumn() throws {
        let text = """
            | Vereniging | Leden | waarvan jeugd | % jeugd |
            | Noord | 400 | 160 | 40% |
            | Zuid | 550 | 330 | 60% |
            """
        #expect(try Self.verdicts(text).isEmpty)
    }

    /// Complaints per channel: 286 / 550 = 52,0%, 165 / 550 = 30,0%, 99 / 550 = 18,0%.
    @Test(
        "A column of percentages whose total row says 100 is a share column without a share in its header",
        arguments: [("30%", Verdict.consistent), ("33%", .inconsistent)])
    func percentagesOfHundred(email: String, expected: Verdict) throws {
        let text = """
            **Klachten per kanaal**
            | Kanaal | Klachten | Verdeling |
            | Telefoon | 286 | 52% |
            | E-mail | 165 | \(email) |
            | Balie | 99 | 18% |
            | Totaal | 550 | 100% |
            """
        #expect(try Self.verdicts(text) == ["52%": .consistent, email: expected, "18%": .consistent])
    }

    /// The share of a region in its inhabitants is no share of the table's total; '% van totaal' is.
    @Test(
        "A header naming another whole gives no claim; the total is the table's own",
        arguments: [("% van inwoners", false), ("% van vorig jaar", false), ("% van het totaal", true)])
    func namedWhole(header: String, claims: Bool) throws {
        let text = """
            | Regio | Meldingen | \(header) |
            | Noord | 125 | 62,5 |
            | Zuid | 75 | 37,5 |
            | Totaal | 200 | 100 |
            """
        #expect(try Self.verdicts(text) == (claims ? ["62,5%": .consistent, "37,5%": .consistent] : [:]))
    }

    /// Permits: 25 / 200 = 12,5% exactly, which rounds half away from zero to 13; 175 / 200 = 87,5%.
    @Test(
        "A share is consistent when the exact share rounds half away from zero to it",
        arguments: [("13%", Verdict.consistent), ("12%", .inconsistent)])
    func roundsHalfAway(share: String, expected: Verdict) throws {
        let text = """
            Vergunning\tAantal\tAandeel
            Geweigerd\t25\t\(share)
            Verleend\t175\t87,5%
            Totaal\t200\t100%
            """
        #expect(try Self.verdicts(text)[share] == expected)
    }
}
