import Foundation
import Testing

@testable import AnnexKit

/// A pair 'A op B' in a bracket that opens with a year and a colon ('(2023: 52 op 1.410)') is that year's, not the
/// pair of the rate right before the bracket: the rate is of the pair in its own clause.
@Suite("verify: a rate beside a dated bracket with a pair of its own")
struct VerifyDatedBracketRateTests {
    @Test("The rate takes the pair of its own clause")
    func ownPair() throws {
        // 27 / 1.350 × 100 = 2,0 per 100; the bracket's 52 / 1.410 × 100 = 3,7 is 2023's.
        try expectVerdict(
            .consistent, of: "2,0",
            in: "Er kwamen 27 klachten op 1.350 leveringen binnen, 2,0 per 100 leveringen (2023: 52 klachten op 1.410 "
                + "leveringen).")
    }

    @Test("The bracket's own rate takes the bracket's pair")
    func bracketRate() throws {
        // 52 / 1.410 × 100 = 3,69: 3,7 per 100.
        try expectVerdict(
            .consistent, of: "3,7",
            in: "Er kwamen 27 klachten op 1.350 leveringen binnen, 2,0 per 100 leveringen (2023: 52 klachten op 1.410 "
                + "leveringen, ofwel 3,7 per 100).")
    }

    @Test("A wrong rate is still caught against its own pair")
    func wrongRate() throws {
        // 27 / 1.350 × 100 = 2,0, not 2,6.
        try expectVerdict(
            .inconsistent, of: "2,6",
            in: "Er kwamen 27 klachten op 1.350 leveringen binnen, 2,6 per 100 leveringen (2023: 52 klachten op 1.410 "
                + "leveringen).")
    }
}
