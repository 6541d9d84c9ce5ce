import Foundation
import Testing

@testable import AnnexKit

/// A number after 'uit op' or 'neer op' is a level arrived at: no count an 'op' sets a rate's part against ('kwam uit
/// op 816 aanvragen' is no '… op 816'), and no change, unless a noun of change arrived there ('De groei kwam uit op 3,2
/// procent'). A change in points whose own sentence states its level is not the change of another sentence's pair.
@Suite("verify: a level arrived at after 'uit op'")
struct VerifyLevelArrivedAtTests {
    @Test("The population in an apposition is the whole of the rate, not the count after 'uit op'")
    func rateAfterArriving() throws {
        // 816 / 102.000 × 1.000 = 8,0.
        try expectVerdict(
            .consistent, of: "8,0",
            in: "Venlo, met 102.000 inwoners, kwam uit op 816 aanvragen: 8,0 per 1.000 inwoners.")
    }

    @Test("A share arrived at is no change of the pair before, nor are its points")
    func levelOfAnotherGroup() throws {
        // The train's 59 procent is a level; its 4 points are of 55 → 59, which the text does not give as values
        // (45 → 41 is the bus's change).
        let text = "Het aandeel van de bus daalde van 45 naar 41 procent. Het aandeel van de trein kwam daarmee uit "
            + "op 59 procent, een stijging van 4 procentpunt."
        try expectUnverifiable("4 procentpunt", in: text)
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("A noun of change that arrives at a percentage keeps it a change")
    func growthArrived() throws {
        // 500 → 516: +3,2%.
        try expectVerdict(
            .consistent, of: "3,2 procent",
            in: "De omzet steeg van 500 naar 516 euro. De groei kwam uit op 3,2 procent.")
    }
}
