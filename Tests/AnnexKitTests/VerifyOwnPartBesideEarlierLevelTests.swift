import Testing

@testable import AnnexKit

/// verify215: a share whose part and whole stand in its own sentence before it, with its level of an earlier year in
/// brackets after it ('…, 15,0% (2023: 17,2%)'), is the share of that part and whole: the bracket makes it the end of
/// a change (an operand), not another share (`ClaimParser.shareBesideEarlierLevel`).
@Suite("Verify: a share of its own sentence's part and whole beside its earlier level")
struct VerifyOwnPartBesideEarlierLevelTests {
    @Test(
        "Part and whole before the share and its dated earlier level",
        arguments: [
            // 45 / 300 = 15,0%.
            ("In 45 van de 300 ritten kwam de bus te laat, 15,0% (2023: 17,2%).", "15,0%", Verdict.consistent),
            // 45 / 300 = 15,0%, not 16,0.
            ("In 45 van de 300 ritten kwam de bus te laat, 16,0% (2023: 17,2%).", "16,0%", .inconsistent),
            // 54 / 450 = 12,0%.
            ("Dit jaar vielen 54 cursisten af, 12,0% van alle 450 cursisten (2023: 14,5%).", "12,0%", .consistent),
        ])
    func ownPartAndWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// The count after the dated level may be of that earlier year: no part of the later share.
    @Test("A count after the earlier level gives no part")
    func countAfterLevel() throws {
        let text = "Van alle 450 cursisten viel 12,0% af (2023: 14,5%), tegen 61 een jaar eerder."
        try expectUnverifiable("12,0%", in: text)
    }
}
