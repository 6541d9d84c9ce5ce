import Testing

@testable import AnnexKit

/// A change since a base year whose values a bracket labels by year, a unit after each ('Sinds 2015 … (2015: 4.500 ton;
/// 2024: 5.060 ton)') (issue 11): the label that repeats the base year is the base's, so the later year is the other
/// label, not the base year read a second time.
@Suite("Verify: a change since a base year with year-labelled values in brackets")
struct VerifyBaseYearLabelTests {
    @Test(
        "The label after the base year's is the later year",
        arguments: [
            // 4.500 → 5.060 ton = +12,4%: 'ruim 12' holds, 'ruim 20' is planted.
            ("Sinds 2015 is de hoeveelheid ingezameld glas met ruim 12 procent toegenomen (2015: 4.500 ton; 2024: "
                + "5.060 ton).", "ruim 12 procent", Verdict.consistent),
            ("Sinds 2015 is de hoeveelheid ingezameld glas met ruim 20 procent toegenomen (2015: 4.500 ton; 2024: "
                + "5.060 ton).", "ruim 20 procent", .inconsistent),
            // Set off by a comma, a decrease: 62 → 48 kilometer = −22,6%.
            ("Sinds 2019 is de file op de ringweg met 23 procent korter geworden (2019: 62 kilometer, 2023: 48 "
                + "kilometer).", "23 procent", .consistent),
        ])
    func laterLabel(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("In doubt: with only the base year's value the change has no later value")
    func baseOnly() throws {
        let text = "Sinds 2015 is de hoeveelheid ingezameld glas met ruim 12 procent toegenomen (2015: 4.500 ton)."
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }
}
