import Testing

@testable import AnnexKit

/// verify207: a share whose whole is named by a compound on a head of number ('het ledental', 'het lezersbestand',
/// 'het ledenaantal') is of the count the sentence before gives of that compound's first part, also when the share's
/// own part counts that noun too (`ClaimParser.countedName`, `namedWhole(afterShareEndingAt:part:)`).
@Suite("Verify: a whole named by a compound of a number")
struct VerifyNumberCompoundWholeTests {
    @Test(
        "The compound names the count of its first part in the sentence before",
        arguments: [
            // 16 / 64 = 25,0%.
            ("De schaakclub heeft 64 leden. Aan het clubkampioenschap deden 16 leden mee, 25 procent van het ledental.",
                "25 procent", Verdict.consistent),
            // 16 / 64 = 25,0%, not 30.
            ("De schaakclub heeft 64 leden. Aan het clubkampioenschap deden 16 leden mee, 30 procent van het ledental.",
                "30 procent", .inconsistent),
            // 900 / 2.500 = 36,0%.
            ("De bibliotheek telt 2.500 lezers. Vorige maand leenden 900 lezers een e-book, 36 procent van het "
                + "lezersbestand.", "36 procent", .consistent),
            // 60 / 240 = 25,0%.
            ("De vereniging telt 240 leden. Op de jaarvergadering stemden 60 leden, 25 procent van het ledenaantal.",
                "25 procent", .consistent),
        ])
    func numberCompound(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A compound on another head, or of a noun not counted before, stays unverifiable",
        arguments: [
            // 'vergadering' is no head of number: the meeting is no count of members.
            ("De schaakclub heeft 64 leden. Aan het clubkampioenschap deden 16 leden mee, 25 procent van de "
                + "ledenvergadering.", "25 procent"),
            // The sentence before counts singers, not members.
            ("Het koor telt 64 zangers. Aan het concert deden 16 leden mee, 25 procent van het ledental.",
                "25 procent"),
        ])
    func noNumberCompound(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
