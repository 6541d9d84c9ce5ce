import Testing

@testable import AnnexKit

/// A difference in another unit than the rates it is reckoned from (`UnitAgreement`): two prices per a unit in euros
/// set against each other by an amount in cents are compared in one unit of money; an amount of another family than
/// the rates' money cannot be checked.
@Suite("Verify: an amount of a change between two rates, in another unit")
struct VerifyAmountOfRatesTests {
    @Test(
        "Cents of a change between prices in euros per a unit",
        arguments: [
            // € 2,65 − € 2,40 = € 0,25 = 25 cent; 35 is wrong.
            ("Het uurtarief van de garage ging van € 2,40 naar € 2,65 per uur, een stijging van 25 cent.", "25",
                Verdict.consistent),
            ("Het uurtarief van de garage ging van € 2,40 naar € 2,65 per uur, een stijging van 35 cent.", "35",
                .inconsistent),
            // 92 − 85 = 7 cent = € 0,07.
            ("De kilometervergoeding steeg van 85 naar 92 cent per kilometer, ofwel € 0,07 meer.", "€ 0,07",
                .consistent),
        ])
    func cents(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("An amount of another family than the rates' money is open, never wrong")
    func otherFamily() throws {
        let found = try claim(
            "40", in: "De prijs van kaas ging van € 11,60 naar € 12,00 per kilo, een toename van 40 gram.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
