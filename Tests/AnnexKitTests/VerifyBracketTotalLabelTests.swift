import Foundation
import Testing

@testable import AnnexKit

/// A bracket labelled as a total of an earlier time ('(totaal 2023: 310 ritten)') after the value of a part ('In
/// het oosten … tot 140') gives the whole, no earlier value of that part.
@Suite("verify: a bracket with an earlier total beside a part")
struct VerifyBracketTotalLabelTests {
    @Test("The earlier total is no start of the part's change")
    func partBesideTotal() throws {
        // 310 (2023) → 140 gave −170 against '25 … bij': a false alarm.
        try expectVerdict(
            .unverifiable, of: "25",
            in: "In het oosten kwamen er 25 ritten bij, tot 140 (totaal 2023: 310 ritten).")
    }

    @Test("A total's earlier total is its start")
    func totalBesideTotal() throws {
        // 310 → 335: +25.
        try expectVerdict(
            .consistent, of: "25",
            in: "In totaal waren er 335 ritten (totaal 2023: 310 ritten), 25 meer.")
    }
}
