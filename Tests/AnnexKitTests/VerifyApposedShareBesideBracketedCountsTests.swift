import Testing

@testable import AnnexKit

/// verify197: a share set off by a comma after a clause whose other counts stand in brackets ('Appels (300) en peren
/// (180) waren samen goed voor 480 kisten, 40 procent van alle …'): the count outside the brackets heads the phrase
/// the share is in apposition to, and is its part.
@Suite("Verify: a share in apposition to the one count outside brackets of the clause before")
struct VerifyApposedShareBesideBracketedCountsTests {
    @Test(
        "The count at the share's depth is the part",
        arguments: [
            // 480 / 1.200 = 40%.
            ("Appels (300) en peren (180) waren samen goed voor 480 kisten, 40 procent van alle 1.200 geoogste kisten.",
                "40 procent", Verdict.consistent),
            // 480 / 1.200 = 40%, not 45%.
            ("Appels (300) en peren (180) waren samen goed voor 480 kisten, 45 procent van alle 1.200 geoogste kisten.",
                "45 procent", .inconsistent),
        ])
    func apposed(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "With no count outside the brackets, or two, the share stays unverifiable",
        arguments: [
            ("Appels (300) en peren (180), 40 procent van alle 1.200 kisten.", "40 procent"),
            ("Er kwamen 300 appels (12 rassen) en 180 peren, 40 procent van alle 1.200 kisten.", "40 procent"),
        ])
    func near(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
