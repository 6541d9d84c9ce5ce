import Testing

@testable import AnnexKit

/// A share apposed to its part that names its whole only as 'het totaal', with the total in the sentence before
/// (issue 11): 'De vloot landde 640 ton schol aan. De grootste kotter ving 96 ton, 15 procent van het totaal.' The
/// definite 'het totaal' refers back to the whole said before: the one that sentence marks, else its one value in
/// the part's unit. With two values of that unit there, a total qualified by a phrase of its own, or a part in
/// another unit, the share stays `unverifiable`.
@Suite("Verify: a share of 'het totaal' that the sentence before gives")
struct VerifyTotalBeforeTests {
    @Test(
        "The sentence before gives the total",
        arguments: [
            // 96 / 640 = 15%; 25 is planted.
            ("De vloot landde 640 ton schol aan. De grootste kotter ving 96 ton, 15 procent van het totaal.",
                "15 procent", Verdict.consistent, 15.0),
            ("De vloot landde 640 ton schol aan. De grootste kotter ving 96 ton, 25 procent van het totaal.",
                "25 procent", .inconsistent, 15.0),
            // Counts with no unit of measure: 1.200 / 4.800 = 25%.
            ("De bibliotheek leende dit jaar 4.800 boeken uit. Kinderen leenden 1.200 boeken, 25 procent van het "
                + "totaal.", "25 procent", .consistent, 25.0),
        ])
    func totalBefore(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: value)
    }

    @Test(
        "In doubt no whole: two values of the unit, a qualified total, a part in another unit",
        arguments: [
            ("De vloot landde 640 ton schol en 210 ton tong aan. De grootste kotter ving 96 ton, 15 procent van het "
                + "totaal.", "15 procent"),
            ("De vloot landde 640 ton schol aan. De grootste kotter ving 96 ton, 15 procent van het totaal in de "
                + "regio.", "15 procent"),
            ("De vloot landde 640 ton schol aan. De grootste kotter maakte 96 reizen, 15 procent van het totaal.",
                "15 procent"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
