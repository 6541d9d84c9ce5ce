import Foundation
import Testing

@testable import AnnexKit

/// Asides that are no value of the claim: two wholes joined at the sentence's opening ('Van de 120 konijnen en 80
/// cavia's'), the breakdown of a count in brackets before a comparison ('450 fietsen (300 … en 150 …), 50 meer dan').
@Suite("verify: coordinated wholes and a breakdown in brackets")
struct VerifyCoordinatedWholesAndBreakdownTests {
    @Test("Two wholes at the opening make no total of what follows")
    func twoWholes() throws {
        // Before: 120 was read as the total of 80 + 90 + 50 = 220, a false alarm.
        let text = "Van de 120 konijnen en 80 cavia's vonden er respectievelijk 90 en 50 een nieuw baasje."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("The difference compares the count its breakdown follows")
    func breakdownBeforeComparison() throws {
        // 450 − 400 = 50. Before, the difference took 150 e-bikes, the last number of the bracket: 150 − 400.
        let text = "In totaal werden 450 fietsen verkocht (300 stadsfietsen en 150 e-bikes), 50 meer dan in 2022, toen "
            + "400 fietsen de deur uitgingen."
        try expectVerdict(.consistent, of: "50", in: text)
        try expectVerdict(.consistent, of: "450", in: text)
    }
}
