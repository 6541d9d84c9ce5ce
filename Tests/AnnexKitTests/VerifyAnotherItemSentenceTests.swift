import Foundation
import Testing

@testable import AnnexKit

/// A sentence that opens with 'Ook' reports another item like the one before ('Ook de wachtlijst groeide'): its
/// values are no start or end of the change the sentence before states.
@Suite("verify: a next sentence about another item")
struct VerifyAnotherItemSentenceTests {
    @Test("'Ook …' gives no start value")
    func anotherItem() throws {
        // 40 → 60 is the waiting list's +50%, not the volunteers' 'ruim 10%'.
        try expectUnverifiable(
            "ruim 10%",
            in: "Het aantal vrijwilligers nam toe met ruim 10%. Ook de wachtlijst voor de cursus groeide: er staan nu "
                + "60 namen op, tegen 40 vorig jaar.")
    }

    @Test("A next sentence about the same item still gives the start")
    func sameItem() throws {
        // (421 − 513) / 513 = −17,9%: a fall of 18%.
        try expectVerdict(
            .consistent, of: "18%",
            in: "Het aantal vrijwilligers daalde met 18% tot 421. Een jaar eerder stonden er nog 513 ingeschreven.")
    }
}
