import Testing

@testable import AnnexKit

/// verify190: a sentence that opens with 'Dat' or 'Dit' and a verb that equates ('komt overeen met', 'komt neer op')
/// restates the quantity of the sentence before as 'Dat is' does (`opensWithRestatement`).
@Suite("Verify: a share after 'Dat komt overeen met' of the quantity before")
struct VerifyEquatingVerbShareTests {
    @Test(
        "The quantity of the sentence before is the part",
        arguments: [
            // 2,4 / 40 = 6,0%.
            ("De gemeente gaf € 2,4 mln uit aan sport. Dat komt overeen met 6,0% van de begroting van € 40 mln.",
                "6,0%", Verdict.consistent),
            // 6,0%, not 8,0.
            ("De gemeente gaf € 2,4 mln uit aan sport. Dat komt neer op 8,0% van de begroting van € 40 mln.",
                "8,0%", .inconsistent),
            // 330 / 1.100 = 30%.
            ("Het team behandelde 330 bezwaren. Dit kwam overeen met 30 procent van alle 1.100 bezwaren.",
                "30 procent", .consistent),
        ])
    func equated(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A quantity before above the whole is no part",
        arguments: [
            ("De gemeente gaf € 52 mln uit aan sport. Dat komt overeen met 6,0% van de begroting van € 40 mln.", "6,0%")
        ])
    func aboveWhole(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
