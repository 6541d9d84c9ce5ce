import Foundation
import Testing

@testable import AnnexKit

/// 'M van (de) in totaal W' pairs M with W as 'M van de W' does: a later 'van het totaal' is of W, not of M.
@Suite("verify: 'van de in totaal' names the whole")
struct VerifyTotalInPairTests {
    @Test("'van het totaal' after '318 van de in totaal 1.060'")
    func ofTheTotal() throws {
        // 127 of 1.060 is 12,0%; of 318 it would be 39,9%.
        let text = "Boeken vormden 318 van de in totaal 1.060 uitleningen. Tijdschriften waren er 127, 12,0% van het "
            + "totaal."
        try expectVerdict(.consistent, of: "12,0%", in: text)
    }

    @Test("And without 'in'")
    func withoutIn() throws {
        // 127 of 1.060 is 12,0%, as above.
        let text = "Boeken vormden 318 van totaal 1.060 uitleningen. Tijdschriften waren er 127, 12,0% van het totaal."
        try expectVerdict(.consistent, of: "12,0%", in: text)
    }
}
