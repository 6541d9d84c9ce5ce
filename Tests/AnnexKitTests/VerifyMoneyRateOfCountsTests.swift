import Foundation
import Testing

@testable import AnnexKit

/// An amount of money per unit ('€ 250 per lid') is money over a count: two plain counts in brackets after it ('(300
/// leden, 45 jeugdleden)') are no numerator and denominator of it.
@Suite("verify: an amount per unit beside two plain counts")
struct VerifyMoneyRateOfCountsTests {
    @Test("Two plain counts do not make an amount per unit")
    func plainCounts() throws {
        // Read as 45 of 300 = 0,15 it was judged against € 250.
        let found = try verified("De contributie bedraagt € 250 per lid (300 leden, 45 jeugdleden).")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("An amount over a count still makes it")
    func amountOverCount() throws {
        // € 360.000 / 300 = € 1.200, not € 1.300.
        let text = { (rate: String) in "De kosten kwamen uit op \(rate) per leerling (€ 360.000, 300 leerlingen)." }
        try expectVerdict(.consistent, of: "€ 1.200", in: text("€ 1.200"))
        try expectVerdict(.inconsistent, of: "€ 1.300", in: text("€ 1.300"))
    }
}
