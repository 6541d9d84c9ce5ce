import Testing

@testable import AnnexKit

/// A mean per a unit whose count stands coordinated with another count the mean names (`JointDivisor`): the total
/// is spread over their product; a coordinated count the mean does not name leaves it open.
@Suite("Verify: a mean over two coordinated counts")
struct VerifyJointDivisorTests {
    @Test(
        "Over the product of the counts the mean's subject and 'per' name",
        arguments: [
            // 228.000 / (2.000 × 12) = 228.000 / 24.000 = 9,5; over the months alone it was 19.000.
            ("Gemiddeld verbruikte een woning 9,5 kuub water per maand: 228.000 kuub verdeeld over 2.000 woningen en "
                + "12 maanden.", "9,5", Verdict.consistent),
            ("Gemiddeld verbruikte een woning 7,5 kuub water per maand: 228.000 kuub verdeeld over 2.000 woningen en "
                + "12 maanden.", "7,5", .inconsistent),
            // 50.400 / (240 × 5) = 50.400 / 1.200 = 42; over the days alone it was 10.080.
            ("Een deelnemer fietste gemiddeld 42 km per dag; in totaal 50.400 km, verspreid over 240 deelnemers en 5 "
                + "dagen.", "42", .consistent),
        ])
    func product(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A coordinated count the mean names by none of its units leaves the divisor unknown")
    func unnamed() throws {
        // 228.000 / 12 = 19.000 and 228.000 / 24.000 = 9,5: which the text means is not said.
        let found = try claim(
            "9,5", in: "Gemiddeld verbruikte een woning 9,5 kuub water per maand: 228.000 kuub verdeeld over 2.000 "
                + "panden en 12 maanden.")
        #expect(found.verdict != .inconsistent, "\(reason(found))")
    }
}
