import Foundation
import Testing

@testable import AnnexKit

/// A change of a row of the table of two times above, stated twice in one stretch: once as an amount in the rows'
/// unit and once in percent, joined by a restating word ('nam toe met 42, ofwel 10%'). The restating number is the
/// same change of the same row, no value of another, so both are read from the row the words name
/// (`ClaimParser.timedRowChange`).
@Suite("verify: a change of a table row given as an amount and restated in percent")
struct VerifyRestatedRowChangeTests {
    /// Places in a bicycle shed, per year.
    private let table = """
        Fietsenstalling | 2023 | 2024
        Vaste plekken | 420 | 462
        Losse plekken | 180 | 171

        """

    @Test("an amount restated in percent after 'ofwel'")
    func amountThenPercent() throws {
        // 462 − 420 = 42; 42 / 420 = +10 %.
        let right = table + "Het aantal vaste plekken nam toe met 42, ofwel 10%."
        try expectVerdict(.consistent, of: "42", in: right)
        try expectVerdict(.consistent, of: "10%", in: right)
        // 42 / 462 = 9,1 %: the later value taken as base.
        try expectVerdict(
            .inconsistent, of: "9,1%", in: table + "Het aantal vaste plekken nam toe met 42, ofwel 9,1%.")
    }

    @Test("a percentage restated as an amount after 'of'")
    func percentThenAmount() throws {
        // (171 − 180) / 180 = −5 %.
        try expectVerdict(
            .consistent, of: "5 procent", in: table + "Het aantal losse plekken daalde met 5 procent, of 9 plekken.")
    }

    @Test("a third number in the stretch keeps the row unread")
    func near() throws {
        // '3 wijken' is a value of no row: the stretch gives more than the change and its restatement.
        try expectUnverifiable(
            "10%", in: table + "Het aantal vaste plekken nam in 3 wijken toe met 42, ofwel 10%.")
    }
}
