import Testing

@testable import AnnexKit

/// The thirty-fourth round (B): a change after two values the sentence before orders in time by ordinals ('in het
/// eerste halfjaar …, in het tweede …'), in a sentence that refers back or is a fragment of a change.
@Suite("Verify: a change of two values ordered by ordinals of time in the sentence before")
struct VerifyOrdinalPairTests {
    @Test(
        "Two values ordered by ordinals of time are the start and end of a change that refers back to them",
        arguments: [
            // 380 → 323: 100 × (323 − 380) / 380 = −15,0%.
            ("In het eerste halfjaar werden 380 fietsen gestolen, in het tweede halfjaar 323. Een daling van 15%.",
                "15%", Verdict.consistent),
            // Computed against the later value: 57 / 323 = 17,6%.
            ("In het eerste halfjaar werden 380 fietsen gestolen, in het tweede halfjaar 323. Een daling van 17,6%.",
                "17,6%", .inconsistent),
            // The later ordinal first: 150 (tweede) → 174 (derde) = +16,0%.
            ("In het derde kwartaal meldden zich 174 vrijwilligers aan, in het tweede kwartaal 150. Dat is een "
                + "toename van 16 procent.", "16 procent", .consistent),
            ("In het derde kwartaal meldden zich 174 vrijwilligers aan, in het tweede kwartaal 150. Dat is een "
                + "toename van 12 procent.", "12 procent", .inconsistent),
        ])
    func ordinalPair(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.kind == .change)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "Two places, or one ordinal only, order nothing: the change stays unverifiable",
        arguments: [
            ("In Zwolle werden 380 fietsen gestolen, in Kampen 323. Een daling van 17,6%.", "17,6%"),
            ("In het eerste halfjaar werden 380 fietsen gestolen, in Kampen 323. Een daling van 17,6%.", "17,6%"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
