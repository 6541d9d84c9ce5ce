import Testing

@testable import AnnexKit

/// verify206: 'draagt € A bij aan de N van € W' makes A a part of W, as 'A van de N van W' does: a contribution is a
/// part of what it goes to; a share in apposition after it is A of W.
@Suite("Verify: a share of a contribution to a named amount")
struct VerifyContributionShareTests {
    @Test("The contribution's share of the amount it goes to")
    func contribution() throws {
        // 45.000 / 180.000 = 25%.
        try expectClaim(
            "25 procent", in: "Het rijk draagt € 45.000 bij aan de bouwkosten van € 180.000, 25 procent.", kind: .share,
            verdict: .consistent)
        try expectClaim(
            "30 procent", in: "Het rijk draagt € 45.000 bij aan de bouwkosten van € 180.000, 30 procent.", kind: .share,
            verdict: .inconsistent)
    }

    @Test("A whole that counts no money stays unverifiable")
    func countWhole() throws {
        try expectUnverifiable(
            "25 procent", in: "Het rijk draagt € 45.000 bij aan de opvang van 180 gezinnen, 25 procent.")
    }
}
