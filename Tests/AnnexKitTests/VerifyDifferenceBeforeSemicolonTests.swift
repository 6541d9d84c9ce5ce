import Foundation
import Testing

@testable import AnnexKit

/// 'Het verschil is 31 leden; samen zijn zij …': a bare difference whose sentence goes on after ';' with numbers of
/// its own is still of the two values the sentence before gives. The clause after a semicolon says something of its
/// own, so its numbers are none of the difference's sides (`ClaimParser.isPastSemicolon(_:from:)`).
@Suite("verify: a bare difference before a semicolon")
struct VerifyDifferenceBeforeSemicolonTests {
    /// 148 − 117 = 31; 41 is ten too many. The 44 procent and the 600 after ';' are a share of their own.
    @Test(
        "The difference is of the two values of the sentence before",
        arguments: [("31", Verdict.consistent), ("41", .inconsistent)])
    func pairBefore(difference: String, expected: Verdict) throws {
        let text = "De harmonie telt 148 leden, de fanfare 117. Het verschil is \(difference) leden; samen zijn zij "
            + "goed voor 44 procent van alle 600 muzikanten in de gemeente."
        try expectClaim(difference, in: text, kind: .difference, verdict: expected, value: 31)
    }

    /// The sentence before gives one value only; the 107 after ';' is a side, but not one a bare difference before
    /// it is read with: no verdict.
    @Test("A sentence before with one value gives no sides")
    func oneValueBefore() throws {
        let text = "De harmonie telt 148 leden. Het verschil is 41 leden; de fanfare telt er 107."
        try expectUnverifiable("41", in: text)
    }

    /// Three values before (148, 117, 52): which two the difference is of is not said.
    @Test("Three values before give no pair")
    func threeValuesBefore() throws {
        let text = "De harmonie telt 148 leden, de fanfare 117 en de drumband 52. Het verschil is 41 leden; samen "
            + "zijn zij 53 procent van alle 600 muzikanten."
        try expectUnverifiable("41", in: text)
    }
}
