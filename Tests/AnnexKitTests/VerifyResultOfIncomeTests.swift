import Foundation
import Testing

@testable import AnnexKit

/// 'een positief resultaat van € 2.300': in the accounts the result is the income less the costs, as a balance
/// ('saldo') is; signed by its adjective it is read as one (`ClaimParser.shortfall(at:)`), from the one amount of
/// income and the one of costs the sentence gives.
@Suite("verify: a positive or negative result of income and costs")
struct VerifyResultOfIncomeTests {
    /// 48.200 − 45.900 = 2.300; 2.700 is 400 too many.
    @Test(
        "A positive result is the income less the costs",
        arguments: [("€ 2.300", Verdict.consistent), ("€ 2.700", .inconsistent)])
    func positive(result: String, expected: Verdict) throws {
        let text = "De baten van de stichting bedroegen € 48.200 en de lasten € 45.900, een positief resultaat van "
            + "\(result)."
        try expectClaim(result, in: text, kind: .difference, verdict: expected, value: 2_300)
    }

    /// 48.200 − 45.900 = +2.300: a surplus called negative.
    @Test("A negative result of a surplus is caught")
    func wrongSign() throws {
        let text = "De baten van de stichting bedroegen € 48.200 en de lasten € 45.900, een negatief resultaat van "
            + "€ 2.300."
        try expectClaim("€ 2.300", in: text, kind: .difference, verdict: .inconsistent)
    }

    /// A third amount (the subsidy) beside income and costs: which two the result is of is not said.
    @Test("A third amount gives no result")
    func thirdAmount() throws {
        let text = "De baten bedroegen € 48.200, de subsidie € 5.000 en de lasten € 45.900, een positief resultaat "
            + "van € 2.700."
        try expectUnverifiable("€ 2.700", in: text)
    }

    /// A result with no adjective of sign may be of anything (a target, a score): not read as a balance.
    @Test("A result with no sign is not a balance")
    func noSign() throws {
        let text = "De baten van de stichting bedroegen € 48.200 en de lasten € 45.900, een resultaat van € 2.700."
        try expectUnverifiable("€ 2.700", in: text)
    }
}
