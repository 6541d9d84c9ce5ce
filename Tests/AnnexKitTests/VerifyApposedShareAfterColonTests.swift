import Testing

@testable import AnnexKit

/// verify190: a share that opens the clause after ':' or after a restating phrase ('…, dat is …') with nothing after
/// it but its whole stands in apposition to the count of the clause before (`apposedCount`).
@Suite("Verify: a share in apposition after a colon or a restating phrase")
struct VerifyApposedShareAfterColonTests {
    @Test(
        "The count of the clause before is the part",
        arguments: [
            // 1.250 / 4.000 = 31,25%: 'ruim 31' holds.
            ("Fietsen vormen met 1.250 stuks de grootste groep: ruim 31 procent van alle 4.000 gevonden voorwerpen.",
                "ruim 31 procent", Verdict.consistent),
            // 31,25%, not 36.
            ("Fietsen vormen met 1.250 stuks de grootste groep: 36 procent van alle 4.000 gevonden voorwerpen.",
                "36 procent", .inconsistent),
            // 60 / 800 = 7,5%; the whole is the total of the sentence before.
            ("Het net telt 800 kilometer leiding. Bij de keuring werd 60 kilometer afgekeurd, dat is 7,5 procent van "
                + "het totaal.", "7,5 procent", .consistent),
            // 7,5%, not 9,5.
            ("Het net telt 800 kilometer leiding. Bij de keuring werd 60 kilometer afgekeurd, dat is 9,5 procent van "
                + "het totaal.", "9,5 procent", .inconsistent),
        ])
    func apposed(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A count in brackets of a label before the colon is no part",
        arguments: [
            // 1.200 names the district; 1.200 / 3.000 would be 40%.
            ("Noord (1.200 inwoners): 30 procent van alle 3.000 meldingen.", "30 procent")
        ])
    func labelCount(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
