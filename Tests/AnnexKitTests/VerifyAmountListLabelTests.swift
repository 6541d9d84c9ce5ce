import Foundation
import Testing

@testable import AnnexKit

/// In a list written label first with amounts ('catering € 3.000 en verhuur € 1.000'), the word after an amount labels
/// the next item, not that amount: a share named 'verhuur' does not take the 3.000.
@Suite("verify: labels of a list of amounts")
struct VerifyAmountListLabelTests {
    private let list = "De opbrengst bedroeg € 10.000: entree € 6.000, catering € 3.000 en verhuur € 1.000. "

    @Test("A share named by the last item's label takes that item")
    func namedItem() throws {
        // Verhuur is 1.000 of 10.000 = 10%. Before, 'verhuur' named the 3.000 before it: 30%, a false alarm, and
        // '30%' was wrongly confirmed.
        try expectVerdict(.consistent, of: "10%", in: list + "Verhuur vormde daarmee 10% van de opbrengst.")
        try expectVerdict(.inconsistent, of: "30%", in: list + "Verhuur vormde daarmee 30% van de opbrengst.")
    }
}
