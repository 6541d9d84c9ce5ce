import Foundation
import Testing

@testable import AnnexKit

/// A mean restated after a colon by two counts joined by 'goed voor': the first accounts for the second, so the
/// second is the total and the first the units ('gemiddeld 3,5 uur: 1.200 bezoekers waren goed voor 4.200 uur').
@Suite("verify: a mean restated by counts joined by 'goed voor'")
struct VerifyAccountsForRateTests {
    @Test("The count after 'goed voor' is the total the mean spreads over the count before it")
    func totalAfterGoedVoor() throws {
        // 4.200 / 1.200 = 3,5. Before, 1.200 over 4.200 = 0,29 was the rate, a false alarm.
        let text = "Bezoekers bleven gemiddeld 3,5 uur: 1.200 bezoekers waren goed voor 4.200 bezoekuren."
        try expectVerdict(.consistent, of: "3,5", in: text)
        let wrong = "Bezoekers bleven gemiddeld 3,8 uur: 1.200 bezoekers waren goed voor 4.200 bezoekuren."
        try expectVerdict(.inconsistent, of: "3,8", in: wrong)
    }

    @Test("A word of division other than 'goed voor' keeps the total first")
    func totalFirst() throws {
        // 4.200 / 1.200 = 3,5: 'op' puts the total before the units it is spread over.
        let text = "Gemiddeld 3,5 uur per bezoeker: 4.200 bezoekuren op 1.200 bezoekers."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}
