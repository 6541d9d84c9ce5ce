import Foundation
import Testing

@testable import AnnexKit

/// A 'per' that an amount before it takes ('Tegen € 12 per ton kwamen de kosten uit op € 25.800') is that amount's:
/// it names no unit of the amount after it, which is a total (price × quantity), no mean per ton.
@Suite("verify: the 'per' of an amount before a total")
struct VerifyAmountsPerTests {
    @Test("A total after a price per unit is no mean per that unit")
    func totalAfterPrice() throws {
        // Read as a mean per ton, € 25.800 was judged as 12 / 2.150: a false alarm. 2.150 × 12 = 25.800.
        let found = try verified(
            "Het zandverbruik steeg naar 2.150 ton. Tegen € 12 per ton kwamen de kosten uit op € 25.800.")
        #expect(!found.contains { $0.written.contains("25.800") && $0.verdict == .inconsistent })
    }

    @Test("A subject per a unit still makes a mean")
    func subjectPerUnit() throws {
        // € 2.250.000 / 15 fte = € 150.000 per fte.
        try expectVerdict(
            .consistent, of: "zo'n € 150.000",
            in: "De omzet kwam uit op € 2,25 miljoen bij 15 fte. Per fte kwam de omzet daarmee uit op zo'n € 150.000.")
    }
}
