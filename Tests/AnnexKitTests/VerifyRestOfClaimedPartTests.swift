import Foundation
import Testing

@testable import AnnexKit

/// A rest of a whole ('De overige 65 procent …') after a sentence whose part is a count it claims itself (share ×
/// whole: '35 procent …, ongeveer 1.300 mensen') is checked against that part only weakly: the count may be the slip.
@Suite("verify: the rest of a part the sentence before claims")
struct VerifyRestOfClaimedPartTests {
    private let wrongCount = "Van de 4.800 leden kwam 35 procent uit de stad, ongeveer 1.300 mensen."

    @Test("The claimed count is caught; the rest is not judged by it")
    func wrongClaimedCount() throws {
        // 35% × 4.800 = 1.680, not about 1.300; 100 − 35 = 65, while (4.800 − 1.300) / 4.800 = 72,9%.
        let text = wrongCount + " De overige 65 procent woonde in de dorpen."
        try expectVerdict(.inconsistent, of: "ongeveer 1.300", in: text)
        try expectVerdict(.unverifiable, of: "65 procent", in: text)
    }

    @Test("A right claimed count confirms the rest")
    func rightClaimedCount() throws {
        // (4.800 − 1.680) / 4.800 = 65,0%.
        try expectVerdict(
            .consistent, of: "65 procent",
            in: "Van de 4.800 leden kwam 35 procent uit de stad, ongeveer 1.680 mensen. De overige 65 procent "
                + "woonde in de dorpen.")
    }

    @Test("A part stated as fact still catches a wrong rest")
    func statedPart() throws {
        // (4.800 − 1.300) / 4.800 = 72,9%, not 65.
        try expectVerdict(
            .inconsistent, of: "65 procent",
            in: "Van de 4.800 leden kwamen er 1.300 uit de stad. De overige 65 procent woonde in de dorpen.")
    }
}
