import Testing

@testable import AnnexKit

/// The thirty-second round (B): a whole named by a noun with an adjective before it, and an amount's currency sign
/// before its number ('Van de totale lasten van € 148,6 mln …'), is marked as the plain 'van het budget van' is.
@Suite("Verify: a whole named by an adjective and a noun, or an amount")
struct VerifyAdjectiveWholeTests {
    @Test(
        "A share of a whole after 'de totale X van' or 'de nieuwe X van' is part over that whole",
        arguments: [
            // € 50 mln of € 250 mln = 20%; 25% is off.
            ("Van de totale uitgaven van € 250 mln gaat € 50 mln naar cultuur (20%).", "20%", Verdict.consistent),
            ("Van de totale uitgaven van € 250 mln gaat € 50 mln naar cultuur (25%).", "25%", .inconsistent),
            // 300 of 1.200 = 25%; 30% is off.
            ("Van de nieuwe aanmeldingen van 1.200 personen werden er 300 afgewezen (25%).", "25%", .consistent),
            ("Van de nieuwe aanmeldingen van 1.200 personen werden er 300 afgewezen (30%).", "30%", .inconsistent),
        ])
    func adjectiveWhole(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "No part-of marker, or a count of another noun after the adjective's noun, stays unverifiable",
        arguments: [
            // 'Naast' marks no whole.
            ("Naast de totale uitgaven van € 250 mln gaat € 50 mln naar cultuur (25%).", "25%"),
            // The count after 'van' counts municipalities, not spending.
            ("Van de totale uitgaven van ongeveer 250 gemeenten gaat € 50 mln naar cultuur (25%).", "25%"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
