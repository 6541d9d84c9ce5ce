import Foundation
import Testing

@testable import AnnexKit

/// A header that states a scale ('Kosten per maand (x € 1.000):') before items joined by commas: the bare counts are
/// in that scale, an amount that writes its own '€' is written in full.
@Suite("verify: a scale stated before a list joined by commas")
struct VerifyCommaListScaleTests {
    private let header = "Kosten per maand (x € 1.000): jan 40, feb 35, mrt 45; "

    @Test("The items are in thousands, the total in full")
    func scaled() throws {
        // 40 + 35 + 45 = 120 thousand = € 120.000; before, 120 against 120.000 was a false alarm.
        try expectVerdict(.consistent, of: "€ 120.000", in: header + "samen € 120.000.")
    }

    @Test("A wrong total is still caught")
    func wrongTotal() throws {
        try expectVerdict(.inconsistent, of: "€ 150.000", in: header + "samen € 150.000.")
    }
}
