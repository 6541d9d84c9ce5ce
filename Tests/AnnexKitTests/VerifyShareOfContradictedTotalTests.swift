import Foundation
import Testing

@testable import AnnexKit

/// A share of a total the text contradicts ('Samen € 1.300' after € 700 and € 500) may be right of the right total:
/// the text cannot tell it wrong. The total itself is caught.
@Suite("verify: a share of a contradicted total")
struct VerifyShareOfContradictedTotalTests {
    @Test("The wrong total is caught, its share left open")
    func shareOfWrongTotal() throws {
        // 700 + 500 = 1.200, not 1.300. 1.200 / 12.500 = 9,6% is 'bijna een tiende'; 1.300 / 12.500 = 10,4% is not.
        let text = "Het onderhoud kostte € 700; de schoonmaak kostte € 500. Samen € 1.300, bijna een tiende van het "
            + "budget (€ 12.500)."
        try expectVerdict(.inconsistent, of: "€ 1.300", in: text)
        try expectVerdict(.unverifiable, of: "bijna een tiende", in: text)
    }
}
