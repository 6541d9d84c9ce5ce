import Testing

@testable import AnnexKit

/// verify197: a share in brackets after a count of the noun whose whole the sentence before opens with ('Van de 2.400
/// meldingen …'), in a sentence with no other count: a sibling part of that split, of that whole, bound by position
/// only (it confirms a share that agrees and never contradicts one).
@Suite("Verify: a bracketed share of a sibling part is of the whole the sentence before opens with")
struct VerifyOpenedSplitWholeShareTests {
    /// The sentence that opens the split: 900 of 2.400 meldingen.
    static let opening = "Van de 2.400 meldingen kwamen er 900 uit de binnenstad."

    @Test("The share agrees with the opened whole")
    func agrees() throws {
        // 600 / 2.400 = 25%.
        try expectClaim(
            "25%", in: Self.opening + " De wijk Oost was goed voor 600 meldingen (25%).", kind: .share,
            verdict: .consistent)
    }

    @Test(
        "A share that disagrees, another noun or another year stay unverifiable",
        arguments: [
            // 600 / 2.400 = 25%: bound by position only, never contradicted.
            (VerifyOpenedSplitWholeShareTests.opening + " De wijk Oost was goed voor 600 meldingen (30%).", "30%"),
            (VerifyOpenedSplitWholeShareTests.opening + " De wijk Oost telde 600 bewoners (25%).", "25%"),
            ("Van de 2.400 meldingen in 2023 kwamen er 900 uit de binnenstad. In 2024 was de wijk Oost goed voor 600 "
                + "meldingen (25%).", "25%"),
        ])
    func near(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
