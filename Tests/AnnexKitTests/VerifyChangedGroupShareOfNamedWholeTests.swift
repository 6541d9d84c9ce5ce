import Testing

@testable import AnnexKit

/// verify206: a share of the group whose change the sentence before states, of a whole that opens its clause after a
/// noun and 'van' ('Van het totale ledenbestand van 480 …'), and a group named by the singular of a plural that
/// changes its vowel ('seniorlid' for 'seniorleden').
@Suite("Verify: a changed group's share of a whole named by a noun and 'van'")
struct VerifyChangedGroupShareOfNamedWholeTests {
    static let change = "Het aantal seniorleden steeg van 80 naar 96. "

    @Test("The later value of the change is the part")
    func laterValue() throws {
        // 96 / 480 = 20%.
        try expectClaim(
            "20%", in: Self.change + "Van het totale ledenbestand van 480 is daarmee 20% seniorlid.", kind: .share,
            verdict: .consistent)
        // 96 / 480 = 20%, not 25.
        try expectClaim(
            "25%", in: Self.change + "Van het totale ledenbestand van 480 is daarmee 25% seniorlid.", kind: .share,
            verdict: .inconsistent)
        // 36 / 144 = 25%: a regular plural, the whole after an adjective, a noun and 'van'.
        try expectClaim(
            "25 procent",
            in: "Het aantal vrouwelijke trainers steeg van 30 naar 36. "
                + "Van het hele kader van 144 is nu 25 procent vrouw.",
            kind: .share, verdict: .consistent)
    }

    @Test(
        "Another group, or a whole after two nouns, stays unverifiable",
        arguments: [
            VerifyChangedGroupShareOfNamedWholeTests.change
                + "Van het totale ledenbestand van 480 is daarmee 20% jeugdlid.",
            VerifyChangedGroupShareOfNamedWholeTests.change
                + "Van het ledenbestand van de club van 480 is daarmee 20% seniorlid.",
        ])
    func near(text: String) throws {
        try expectUnverifiable("20%", in: text)
    }
}
