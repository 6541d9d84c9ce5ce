import Testing

@testable import AnnexKit

/// A total named by a word of summing after a list of values ('samen', 'in totaal') is no value of the mean the
/// sentence takes of that list (`ClaimParser.isCuedTotal`).
@Suite("verify: a mean of a list whose total stands beside it")
struct VerifyMeanBesideTotalTests {
    /// (1.200 + 900 + 600) / 3 = 900.
    @Test(
        "The mean of the values is not taken over their total",
        arguments: [("900", Verdict.consistent), ("950", .inconsistent)])
    func meanBesideTotal(written: String, expected: Verdict) throws {
        let text = "Op de drie dagen van de beurs kwamen respectievelijk 1.200, 900 en 600 bezoekers, samen 2.700 "
            + "bezoekers ofwel gemiddeld \(written) bezoekers per dag."
        try expectVerdict(expected, of: written, in: text)
        try expectVerdict(.consistent, of: "2.700", in: text)
    }

    /// (36 + 28 + 41 + 35) / 4 = 35; 'in totaal' names the total as 'samen' does.
    @Test("A total after 'in totaal' is no value of the mean either")
    func meanBesideTotalInTotal() throws {
        let text = "De vier teams losten respectievelijk 36, 28, 41 en 35 storingen op, in totaal 140 storingen, "
            + "gemiddeld 35 per team."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
