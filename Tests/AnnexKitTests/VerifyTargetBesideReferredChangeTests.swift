import Foundation
import Testing

@testable import AnnexKit

/// A change that refers back to the pair of the sentence before keeps it when a conjunct after the change gives a
/// target's value ('… met 8% gestegen en is het doel van 500 gehaald', `isTargetInConjunct`): that value says the
/// target was met, no level of the change. A conjunct that gives another count still leaves the pair unsure.
@Suite("verify: a target's value in a conjunct after a change that refers back")
struct VerifyTargetBesideReferredChangeTests {
    /// Inspections this year and the year before.
    private let pair = "Er werden 520 keuringen gedaan, tegen 480 een jaar eerder. "

    @Test("the target's value is no level of the change")
    func target() throws {
        // (520 − 480) / 480 = +8,3 %; 7,7 % is 40 over 520, the wrong base.
        try expectVerdict(
            .consistent, of: "8%", in: pair + "Daarmee is het aantal met 8% gestegen en is het doel van 500 gehaald.")
        try expectVerdict(
            .inconsistent, of: "7,7%",
            in: pair + "Daarmee is het aantal met 7,7% gestegen en is het doel van 500 gehaald.")
    }

    @Test("another count in the conjunct keeps the pair unsure")
    func near() throws {
        try expectUnverifiable(
            "8%", in: pair + "Daarmee is het aantal met 8% gestegen en zijn er 30 keurmeesters bij gekomen.")
    }
}
