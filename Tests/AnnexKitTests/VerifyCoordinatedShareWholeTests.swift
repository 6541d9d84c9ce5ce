import Testing

@testable import AnnexKit

/// A share and a comparison coordinated after one subject ('Dat is A% van W, en B% meer dan … (V)';
/// `ClaimParser.isWholeOfShare`): W is the share's whole, never the comparison's later value, and V is no part of the
/// share; both are of the quantity 'Dat' refers to.
@Suite("Verify: a share and a comparison coordinated after one subject")
struct VerifyCoordinatedShareWholeTests {
    @Test(
        "Both claims take the quantity of the sentence before",
        arguments: [
            // 84.000 / 700.000 = 12,0%; 80.000 → 84.000 = +5,0%.
            ("In maart werden 84 duizend aanvragen ingediend. Dat is 12,0% van het jaartotaal van 700 duizend, en 5,0% "
                + "meer dan in maart 2023 (80 duizend).", "12,0%", Verdict.consistent),
            ("In maart werden 84 duizend aanvragen ingediend. Dat is 12,0% van het jaartotaal van 700 duizend, en 5,0% "
                + "meer dan in maart 2023 (80 duizend).", "5,0%", .consistent),
            // 3.300 / 22.000 = 15%. (Its '10 procent minder' after a whole with a noun still takes 22.000: open.)
            ("Vorig jaar kwamen 3.300 meldingen binnen. Dat is 15 procent van alle 22.000 meldingen sinds 2015, en 10 "
                + "procent minder dan in 2022 (3.667).", "15 procent", .consistent),
            // Mistakes of that shape stay caught: 12,0% is no 14,0%, +5,0% no +9,0%.
            ("In maart werden 84 duizend aanvragen ingediend. Dat is 14,0% van het jaartotaal van 700 duizend, en 9,0% "
                + "meer dan in maart 2023 (80 duizend).", "14,0%", .inconsistent),
            ("In maart werden 84 duizend aanvragen ingediend. Dat is 14,0% van het jaartotaal van 700 duizend, en 9,0% "
                + "meer dan in maart 2023 (80 duizend).", "9,0%", .inconsistent),
        ])
    func coordinated(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
