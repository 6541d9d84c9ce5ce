import Foundation
import Testing

@testable import AnnexKit

/// A bracket that opens with a label and a colon ('(najaar vorig jaar: …)') holds that label's numbers, not the rate's
/// before it, which takes its own sentence's pair.
@Suite("verify: a rate before a labelled bracket")
struct VerifyRateBeforeLabelledBracketTests {
    @Test("The rate takes its own pair, the bracket's rate the bracket's")
    func ownPair() throws {
        // 18 / 12.000 × 1.000 = 1,5; 30 / 15.000 × 1.000 = 2,0. Before, 1,5 was set against 2,0 per 1.000.
        let text = "Er vielen 18 blessures op 12.000 sessies, 1,5 per 1.000 sessies (najaar vorig jaar: 30 blessures "
            + "op 15.000 sessies, 2,0 per 1.000)."
        try expectVerdict(.consistent, of: "1,5", in: text)
        try expectVerdict(.consistent, of: "2,0", in: text)
    }
}
