import Testing

@testable import AnnexKit

/// A rate per a scale of a noun ('Per 1.000 woningen …') with its two counts in a bracket after it (issue 11): the
/// whole is the count of the noun after the scale, wherever it stands in the bracket. When neither count is of that
/// noun, the bracket does not tell which is the whole.
@Suite("Verify: a rate whose whole is the count of the noun after its scale")
struct VerifyRateWholeAfterScaleTests {
    @Test(
        "The count of the scale's noun is the whole, first or second in the bracket",
        arguments: [
            // 360 × 1.000 / 28.800 = 12,5; 15,5 is planted.
            ("Per 1.000 woningen kwamen 12,5 inbraken voor (28.800 woningen; 360 inbraken).", "12,5",
                Verdict.consistent, 12.5),
            ("Per 1.000 woningen kwamen 15,5 inbraken voor (28.800 woningen; 360 inbraken).", "15,5",
                .inconsistent, 12.5),
            // Set off by a comma, the whole in the plural of its noun: 210 × 100 / 2.500 = 8,4.
            ("Per 100 patiënten volgden 8,4 heropnames (2.500 patiënten, 210 heropnames).", "8,4", .consistent, 8.4),
            // No scale, the counts joined by 'op': the count of what 'per' names is still the whole, 460 / 40 = 11,5.
            ("Per teamleider werkten gemiddeld 11,5 verpleegkundigen (40 teamleiders op 460 verpleegkundigen).",
                "11,5", .consistent, 11.5),
        ])
    func wholeNamedAfterScale(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "In doubt no rate: neither count of the bracket is of the scale's noun",
        arguments: [
            "Per 1.000 woningen kwamen 12,5 inbraken voor (28.800 huizen; 360 inbraken).",
            "Per 1.000 woningen kwamen 12,5 inbraken voor (360 inbraken; 45 aanhoudingen).",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("12,5", in: text)
    }
}
