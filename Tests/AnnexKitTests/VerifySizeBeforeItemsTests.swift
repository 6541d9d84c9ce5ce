import Foundation
import Testing

@testable import AnnexKit

/// A size of each item written before the count of items ('in zakken van 25 kilo; … 1.840 …, samen 46.000 kilo'):
/// the total is their product, no sum of the two.
@Suite("verify: a size of each item before the count of items")
struct VerifySizeBeforeItemsTests {
    @Test("The total of the size's unit is the size times the count")
    func product() throws {
        // 25 × 1.840 = 46.000. Before, 25 + 1.840 = 1.865 was the sum, a false alarm.
        let text = "Het meel komt in zakken van 25 kilo; vorig jaar kwamen er 1.840 binnen, samen 46.000 kilo."
        try expectVerdict(.consistent, of: "46.000", in: text)
        let wrong = "Het meel komt in zakken van 25 kilo; vorig jaar kwamen er 1.840 binnen, samen 64.000 kilo."
        try expectVerdict(.inconsistent, of: "64.000", in: wrong)
    }

    @Test("Two sizes of the same unit still make a sum")
    func twoSizes() throws {
        // 20 + 30 = 50: both count kilos, neither counts items.
        let text = "We kregen een baal van 20 kilo en later nog 30 kilo, samen 50 kilo."
        try expectVerdict(.consistent, of: "50", in: text)
    }
}
