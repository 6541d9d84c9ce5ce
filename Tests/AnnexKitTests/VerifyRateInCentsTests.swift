import Foundation
import Testing

@testable import AnnexKit

/// A rate in cents of a part in euros: '€ 12 miljoen gedeeld door 25 miljoen liter' is € 0,48, 48 cent per litre.
@Suite("verify: a rate in cents of euros")
struct VerifyRateInCentsTests {
    @Test("48,0 cent is right")
    func right() throws {
        try expectVerdict(
            .consistent, of: "48,0",
            in: "De gemiddelde prijs per liter kwam uit op 48,0 cent (€ 12 miljoen gedeeld door 25 miljoen liter).")
    }

    @Test("52,0 cent is wrong")
    func wrong() throws {
        try expectVerdict(
            .inconsistent, of: "52,0",
            in: "De gemiddelde prijs per liter kwam uit op 52,0 cent (€ 12 miljoen gedeeld door 25 miljoen liter).")
    }
}
