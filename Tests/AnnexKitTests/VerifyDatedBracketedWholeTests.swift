import Testing

@testable import AnnexKit

/// verify207: a count alone in brackets after 'van', a determiner, a noun and a phrase of a moment in a period ('van
/// het huurdersbestand aan het begin van het jaar (2.000)') is the size of that whole: the phrase dates the whole and
/// names no part of it (`momentPhraseStart` in `bracketedWhole`).
@Suite("Verify: a bracketed whole after a phrase of a moment")
struct VerifyDatedBracketedWholeTests {
    @Test(
        "The bracketed count is the whole of the share before it",
        arguments: [
            // 120 / 2.000 = 6,0%.
            ("In het voorjaar vertrokken 120 huurders, 6 procent van het huurdersbestand aan het begin van het jaar "
                + "(2.000).", "6 procent", Verdict.consistent),
            // 120 / 2.000 = 6,0%, not 8.
            ("In het voorjaar vertrokken 120 huurders, 8 procent van het huurdersbestand aan het begin van het jaar "
                + "(2.000).", "8 procent", .inconsistent),
        ])
    func datedWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// A place, no time: 'aan het begin van de straat' may name a part of the tenants.
    @Test("A phrase of a place before the bracket stays unverifiable")
    func placeStays() throws {
        try expectUnverifiable(
            "6 procent",
            in: "In het voorjaar vertrokken 120 huurders, 6 procent van de huurders aan het begin van de straat "
                + "(2.000).")
    }
}
