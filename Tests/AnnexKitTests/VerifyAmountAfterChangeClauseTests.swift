import Foundation
import Testing

@testable import AnnexKit

/// A clause of only 'met' and a count after a comma or colon ('Alleen bij de sloepen nam het aantal toe, met 7')
/// gives the amount of the change the clause before it tells: that clause's one direction is the amount's.
@Suite("verify: the amount of a change in a 'met' clause after it")
struct VerifyAmountAfterChangeClauseTests {
    static let table = """
        Boten in de haven
        Soort | 2022 | 2023
        Kano's | 48 | 42
        Sloepen | 30 | 37
        Zeilboten | 55 | 47

        """

    @Test("the change of the row the clause before names")
    func amountAfterClause() throws {
        // Sloepen 37 − 30 = +7.
        try expectClaim(
            "7", in: Self.table + "Alleen bij de sloepen nam het aantal toe, met 7.\n", kind: .difference,
            verdict: .consistent, value: 7)
        try expectVerdict(.inconsistent, of: "9", in: Self.table + "Alleen bij de sloepen nam het aantal toe, met 9.\n")
        // After a colon, with the count's noun: zeilboten 47 − 55 = −8.
        try expectVerdict(
            .consistent, of: "8", in: Self.table + "Bij de zeilboten daalde het aantal het sterkst: met 8 boten.\n")
    }

    @Test("a clause before of no direction or with a number of its own: no amount")
    func nearCases() throws {
        try expectUnverifiable("7", in: Self.table + "Het aantal sloepen schommelde, met 7.\n")
        try expectUnverifiable(
            "7", in: Self.table + "In 2023 waren er 37 sloepen, met 7 nieuwe eigenaren.\n")
    }
}
