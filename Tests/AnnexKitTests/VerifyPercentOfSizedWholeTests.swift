import Testing

@testable import AnnexKit

/// verify207: a percentage before 'van', a determiner and a phrase whose size its clause gives ('60 procent van de
/// oogst van 5.000 kilo') names its own whole: a share, also when another clause of the sentence has a word of
/// direction ('namen … af', which here says bought) (`ClaimParser.namesOwnWhole`).
@Suite("Verify: a percentage of a whole whose size its clause gives")
struct VerifyPercentOfSizedWholeTests {
    @Test(
        "The percentage is a share of the sized whole",
        arguments: [
            // 3.000 / 5.000 = 60,0%.
            ("Groothandels namen 3.000 kilo af, 60 procent van de oogst van 5.000 kilo.", "60 procent",
                Verdict.consistent),
            // 3.000 / 5.000 = 60,0%, not 75.
            ("Groothandels namen 3.000 kilo af, 75 procent van de oogst van 5.000 kilo.", "75 procent", .inconsistent),
        ])
    func sizedWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// 'van de 500 naar 400': 'naar' makes the count the start of a change, no whole; 500 → 400 is −20,0%.
    @Test("A start and end value after 'van' stay a change")
    func changeStays() throws {
        try expectClaim(
            "20 procent", in: "De voorraad nam af, met 20 procent van de 500 naar 400 kilo.", kind: .change,
            verdict: .consistent)
    }
}
