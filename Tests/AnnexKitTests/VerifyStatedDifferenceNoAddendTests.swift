import Testing

@testable import AnnexKit

/// A count that is itself a claim of a difference between two values ('dat is 570 minder', 'een verschil van 570')
/// compares them: it is no part of the whole they make up, in its own sentence or the next.
@Suite("verify: a stated difference is no addend of a total")
struct VerifyStatedDifferenceNoAddendTests {
    /// 3.460 + 2.890 = 6.350; 6.530 is wrong.
    @Test("A difference after a comparative is left out of the next sentence's total",
        arguments: [("6.350", Verdict.consistent), ("6.530", .inconsistent)])
    func comparativeDifference(total: String, verdict: Verdict) throws {
        let text = "Het noordelijke depot verwerkte 3.460 pakketten en het zuidelijke 2.890, dat is 570 minder. "
            + "Samen ging het om \(total) pakketten."
        try expectClaim(total, in: text, kind: .sum, verdict: verdict)
    }

    /// 'een verschil van 570' is what a bare difference is said to be, in the next sentence's total or its own.
    @Test("A named difference is no addend", arguments: [". Samen ging het om", ", samen"])
    func namedDifference(joiner: String) throws {
        let text = "Het noordelijke depot verwerkte 3.460 pakketten en het zuidelijke 2.890, een verschil van 570"
            + "\(joiner) 6.350 pakketten."
        try expectClaim("6.350", in: text, kind: .sum, verdict: .consistent)
    }
}
