import Testing

@testable import AnnexKit

/// The count of a pair 'M van (de) W' counts a selection of W things: beside counts that are no such pair it is of
/// another kind than they, and no addend of their total. Counts that are all such pairs add up as before.
@Suite("verify: a pair's count beside plain counts is no addend")
struct VerifyPairPartNoAddendTests {
    /// 45 + 38 = 83; 88 is wrong. The 3 of '3 van de 8 teams' counts teams, not points.
    @Test("A pair's count is left out of the points' total",
        arguments: [("83", Verdict.consistent), ("88", .inconsistent)])
    func pairBesidePlainCounts(total: String, verdict: Verdict) throws {
        let text = "3 van de 8 teams scoorden dit seizoen 45 en 38 punten, samen \(total) punten."
        try expectClaim(total, in: text, kind: .sum, verdict: verdict)
    }

    /// Counts that are each a pair's count add up to a total of their noun.
    @Test("Counts of pairs only still add up")
    func pairsOnly() throws {
        let text = "Op de ene locatie slaagden 52 van de 60 cursisten, op de andere 33 van de 41; samen slaagden 85 "
            + "cursisten."
        try expectClaim("85", in: text, kind: .sum, verdict: .consistent)
    }
}
