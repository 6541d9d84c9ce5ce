import Foundation
import Testing

@testable import AnnexKit

/// A column of a small table written as text that holds the difference of the two columns before it when they name
/// no order ('plaatsen | aanvragen | tekort'): each cell is the larger level less the smaller
/// (`TableRowColumns.difference`). Every table is hand-computed; the values are in the comments. Each guard gives
/// no claim, never an inconsistent one.
@Suite("verify: a text table's column of the difference of two columns of no order")
struct VerifyTableDifferenceColumnTests {
    /// The verdict of each difference of `text`, by the claim as written.
    static func verdicts(_ text: String) throws -> [String: Verdict] {
        try VerifyTableRowRatesTests.verdicts(text, .difference)
    }

    /// Day care: 155 − 120 = 35 places short; a surplus at Het Anker is left out ('–'); 91 − 64 = 27 ('37' is
    /// caught).
    @Test(
        "A column 'tekort' is the larger of the two columns before it less the smaller; a missing cell gives nothing",
        arguments: [("27", Verdict.consistent), ("37", .inconsistent)])
    func shortage(wilg: String, expected: Verdict) throws {
        let text = """
            Kinderopvang per locatie
            Locatie | plaatsen | aanvragen | tekort
            De Linde | 120 | 155 | 35
            Het Anker | 80 | 74 | –
            De Wilg | 64 | 91 | \(wilg)
            """
        let found = try Self.verdicts(text)
        #expect(found["35"] == .consistent)
        #expect(found[wilg] == expected)
        #expect(found.count == 2)
    }

    /// A column 'tekort' of staff that is no difference of the columns (none of 3, 2, 4 is 155 − 120, 74 − 80 or
    /// 91 − 64), a shortage of 0 beside unequal columns, and signed cells: no difference is read.
    @Test(
        "A column of difference whose rows do not show it, a zero, or signed cells give no claim",
        arguments: [
            "Locatie | plaatsen | aanvragen | tekort\nDe Linde | 120 | 155 | 3\nHet Anker | 80 | 74 | 2\n"
                + "De Wilg | 64 | 91 | 4",
            "Locatie | plaatsen | aanvragen | tekort\nDe Linde | 120 | 155 | 0\nHet Anker | 80 | 74 | 0",
            "Locatie | plaatsen | aanvragen | verschil\nDe Linde | 120 | 155 | +35\nHet Anker | 80 | 74 | -6",
        ])
    func noDifference(text: String) throws {
        #expect(try Self.verdicts(text).values.allSatisfy { $0 == .unverifiable })
    }

    /// An en dash that opens a cell is a minus sign: bread 1.250 → 1.100 is −12,0%, milk 800 → 840 is +5,0%. Read
    /// as no sign, '–12,0%' was a rise, and wrong.
    @Test("An en dash glued to a cell's number is its minus sign")
    func enDashSign() throws {
        let text = """
            Product | 2023 | 2024 | verandering
            Brood | 1.250 | 1.100 | –12,0%
            Melk | 800 | 840 | +5,0%
            Kaas | 600 | 570 | –5,0%
            """
        let found = try verified(text).filter { $0.kind == .change }
        #expect(found.map(\.verdict) == [.consistent, .consistent, .consistent], "\(found.map(reason))")
        #expect(found.first?.recomputedValue == -12)
    }

    /// Headers naming a column by a year and a unit with a superscript ('2023 (m³)'), a season ('2023/24') or words
    /// around a number ('Binnen 5 min.') are headers: the changes, totals and shares under them are read.
    /// Water: 1.200 → 1.080 is −10,0%. Skaters: 1.200 + 2.400 + 1.900 = 5.500 and 1.350 + 2.150 + 2.020 = 5.520
    /// ('5.250' is caught). Calls: 320 / 400 = 80%, 190 / 250 = 76%, 210 / 300 = 70%.
    @Test("Header cells of a year with a unit, a season, or words around a number name their columns")
    func headerCells() throws {
        let water = "Woning | 2023 (m³) | 2024 (m³) | verandering\nRijtjeshuis | 1.200 | 1.080 | -10,0%\n"
            + "Vrijstaand | 2.000 | 1.900 | -5,0%"
        #expect(try verified(water).filter { $0.kind == .change }.map(\.verdict) == [.consistent, .consistent])
        for (total, expected) in [("5.520", Verdict.consistent), ("5.250", .inconsistent)] {
            let skaters = """
                Maand | 2023/24 | 2024/25
                november | 1.200 | 1.350
                december | 2.400 | 2.150
                januari | 1.900 | 2.020
                Totaal | 5.500 | \(total)
                """
            let sums = try verified(skaters).filter { $0.kind == .sum }
            #expect(sums.map(\.verdict) == [.consistent, expected], "\(sums.map(reason))")
        }
        let calls = """
            Dag | Meldingen | Binnen 5 min. | Percentage
            maandag | 400 | 320 | 80%
            dinsdag | 250 | 190 | 76%
            woensdag | 300 | 210 | 73%
            """
        let shares = try verified(calls).filter { $0.kind == .share }
        #expect(shares.map(\.verdict) == [.consistent, .consistent, .inconsistent], "\(shares.map(reason))")
    }

    /// A first row whose value opens with a hedge ('circa 120') is a body row, no header: the total adds it (120 +
    /// 100 = 220; 80 + 60 = 140).
    @Test("A first row with a hedged value stays a body row")
    func hedgedFirstRow() throws {
        let text = "Noord | circa 120 | 80\nZuid | 100 | 60\nTotaal | 220 | 140"
        let sums = try verified(text).filter { $0.kind == .sum }
        #expect(sums.allSatisfy { $0.verdict != .inconsistent }, "\(sums.map(reason))")
    }
}
