import Testing

@testable import AnnexKit

/// A mean in one unit of measure of a total in another of its family (issue 11): 'gemiddeld 7,5 ton (1.200.000 kilo
/// …)' is recomputed with the total in the mean's unit. Units of different families do not go into each other: such a
/// mean cannot be recomputed.
@Suite("Verify: a mean in another unit than its total")
struct VerifyRateInOtherUnitTests {
    @Test(
        "The total is converted into the mean's unit",
        arguments: [
            // 1.200.000 kilo is 1.200 ton, over 160 trips 7,5 ton; 9,5 is planted.
            ("Een vrachtwagen vervoerde gemiddeld 7,5 ton (1.200.000 kilo lading bij 160 ritten).", "7,5",
                Verdict.consistent, 7.5),
            ("Een vrachtwagen vervoerde gemiddeld 9,5 ton (1.200.000 kilo lading bij 160 ritten).", "9,5",
                .inconsistent, 7.5),
        ])
    func converted(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test("In doubt no verdict: a mean in kilometres of a total in hours")
    func otherFamily() throws {
        let text = "Een deelnemer liep gemiddeld 12,5 kilometer (640 uur bij 52 deelnemers)."
        try expectUnverifiable("12,5", in: text)
    }
}
