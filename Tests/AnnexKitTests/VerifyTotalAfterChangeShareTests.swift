import Testing

@testable import AnnexKit

/// verify190: 'van het totaal' after a sentence that gives a change ('steeg van 30 naar 60') is of the later value:
/// the total now (`totalBefore`), unless the share's sentence names a time of its own.
@Suite("Verify: a share of 'het totaal' after a change is of its later value")
struct VerifyTotalAfterChangeShareTests {
    @Test(
        "The later value of the change is the whole",
        arguments: [
            // 18 / 60 = 30%.
            ("Het aantal controles steeg van 30 naar 60. Er werden 18 controles afgekeurd, 30 procent van het totaal.",
                "30 procent", Verdict.consistent),
            // 30%: 60 is 18 over the start value (18 / 30).
            ("Het aantal controles steeg van 30 naar 60. Er werden 18 controles afgekeurd, 60 procent van het totaal.",
                "60 procent", .inconsistent),
        ])
    func laterTotal(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share of an earlier time stays unverifiable",
        arguments: [
            ("Het aantal controles steeg van 30 naar 60. Vorig jaar werden 18 controles afgekeurd, 60 procent van het "
                + "totaal.", "60 procent")
        ])
    func earlierTime(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
