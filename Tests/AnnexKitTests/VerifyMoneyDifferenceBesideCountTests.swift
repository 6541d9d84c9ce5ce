import Foundation
import Testing

@testable import AnnexKit

/// A bare difference in money ('Het verschil van € 96 …') is of the two amounts the sentence before gives, even when
/// its own sentence counts something else ('… doordat drie toeslagen meetellen'): a count of no money is no side of it.
@Suite("verify: a bare difference in money beside a count of something else")
struct VerifyMoneyDifferenceBesideCountTests {
    @Test("the two amounts before, past a count of no money")
    func amountsBefore() throws {
        let text = { (gap: String) in
            "Gezinnen in de stad en op het platteland kregen respectievelijk € 431 en € 335 per kwartaal. Het verschil"
                + " van " + gap + " komt doordat in de stad drie toeslagen meetellen.\n"
        }
        // 431 − 335 = 96.
        try expectClaim("€ 96", in: text("€ 96"), kind: .difference, verdict: .consistent, value: 96)
        try expectVerdict(.inconsistent, of: "€ 69", in: text("€ 69"))
    }

    @Test("another amount of money in the difference's sentence: no pair before is taken")
    func nearCase() throws {
        try expectUnverifiable(
            "€ 69",
            in: "Gezinnen in de stad en op het platteland kregen respectievelijk € 431 en € 335 per kwartaal."
                + " Het verschil van € 69 komt doordat in de stad een toeslag van € 40 meetelt.\n")
    }
}
