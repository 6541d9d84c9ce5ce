import Foundation
import Testing

@testable import AnnexKit

/// A total in prose right under a table written as text without a total row, said with a word that joins ('samen',
/// 'in totaal'): the sum of the table's one column of its kind (`ClaimParser.columnTotalUnderTable`). Every table is
/// hand-computed; the values are in the comments. Each guard gives no claim, never an inconsistent one.
@Suite("verify: a total in prose of a column of the table right above")
struct VerifyTableColumnTotalInProseTests {
    /// Stalls at a fair: € 91,00 + € 58,50 + € 143,00 = € 292,50 (€ 229,50 is caught).
    @Test(
        "'Samen' with an amount sums the table's one column of amounts",
        arguments: [("€ 292,50", Verdict.consistent), ("€ 229,50", .inconsistent)])
    func amounts(total: String, expected: Verdict) throws {
        let text = """
            Kraam | meters | huur
            Kaas | 14 | € 91,00
            Bloemen | 9 | € 58,50
            Brood | 22 | € 143,00
            Samen leveren de kramen \(total) op.
            """
        let sum = try claim(total, in: text)
        #expect(sum.kind == .sum)
        #expect(sum.verdict == expected, "\(reason(sum))")
    }

    /// Volunteers per club, the noun naming the column: 36 + 52 + 17 = 105 (150 is caught).
    @Test(
        "A count sums the one column whose header names its noun",
        arguments: [("105", Verdict.consistent), ("150", .inconsistent)])
    func namedColumn(total: String, expected: Verdict) throws {
        let text = """
            Club | leden | vrijwilligers
            Hockey | 410 | 36
            Voetbal | 620 | 52
            Tennis | 230 | 17
            In totaal zetten zich \(total) vrijwilligers in.
            """
        let sum = try claim(total, in: text)
        #expect(sum.kind == .sum)
        #expect(sum.verdict == expected, "\(reason(sum))")
    }

    /// The same clubs: a total of two rows named by their labels (36 + 52 = 88), a total that names no column, a
    /// table with a total row, or a sentence without a joining word: no sum of the column.
    @Test(
        "A total of named rows, of no named column, under a total row or without a joining word gives no claim",
        arguments: [
            "Hockey en voetbal hebben samen 88 vrijwilligers.",
            "In totaal kwamen er 105 bezoekers.",
            "Er zetten zich 105 vrijwilligers in.",
        ])
    func noColumnTotal(sentence: String) throws {
        let text = "Club | leden | vrijwilligers\nHockey | 410 | 36\nVoetbal | 620 | 52\nTennis | 230 | 17\n" + sentence
        #expect(try verified(text).filter { $0.kind == .sum }.allSatisfy { $0.verdict != .inconsistent })
        let totalled = "Club | leden | vrijwilligers\nHockey | 410 | 36\nVoetbal | 620 | 52\nTotaal | 1.030 | 88\n"
            + "In totaal zetten zich 150 vrijwilligers in."
        #expect(try verified(totalled).filter { $0.written == "150" }.allSatisfy { $0.verdict != .inconsistent })
    }
}
