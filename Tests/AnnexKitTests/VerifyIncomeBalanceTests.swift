import Foundation
import Testing

@testable import AnnexKit

/// 'een positief saldo van € 3.150', 'een nadelig saldo van € 500': a balance whose adjective says surplus or deficit
/// is the income less the costs, with that sign, when the sentence, or the sentence before, gives one amount of each
/// (`ClaimParser.shortfall(at:)`); never of a result against a target, whose sign would be the other way round.
@Suite("verify: a positive or negative balance of income and costs")
struct VerifyIncomeBalanceTests {
    @Test("A surplus after the income and costs of the sentence before")
    func surplusAfterAmounts() throws {
        // 64.300 − 61.150 = 3.150.
        let right = "De inkomsten van het festival kwamen uit op € 64.300, de kosten op € 61.150. Daarmee sloot het"
            + " festival af met een positief saldo van € 3.150."
        try expectClaim("€ 3.150", in: right, kind: .difference, verdict: .consistent, value: 3_150)
        // 64.300 − 66.000 = −1.700: a deficit called a surplus.
        let wrong = "De inkomsten van het festival kwamen uit op € 64.300, de kosten op € 66.000. Daarmee sloot het"
            + " festival af met een positief saldo van € 1.700."
        try expectClaim("€ 1.700", in: wrong, kind: .difference, verdict: .inconsistent)
    }

    @Test("A deficit in the sentence of the amounts")
    func deficitInSentence() throws {
        // 12.400 − 12.900 = −500.
        let right = "De baten bedroegen € 12.400 en de lasten € 12.900, een nadelig saldo van € 500."
        try expectClaim("€ 500", in: right, kind: .difference, verdict: .consistent, value: -500)
        let wrong = "De baten bedroegen € 12.400 en de lasten € 12.900, een nadelig saldo van € 600."
        try expectClaim("€ 600", in: wrong, kind: .difference, verdict: .inconsistent)
    }

    @Test("A balance against a budget, or one no adjective signs, gives no claim that resolves")
    func nearCases() throws {
        try expectUnverifiable(
            "€ 1.500",
            in: "Het budget voor het festival was € 20.000 en er werd € 18.500 besteed. Er resteert een positief"
                + " saldo van € 1.500.")
        try expectUnverifiable(
            "€ 3.150",
            in: "De inkomsten van het festival kwamen uit op € 64.300, de kosten op € 61.150. Daarmee sloot het"
                + " festival af met een saldo van € 3.150.")
    }
}
