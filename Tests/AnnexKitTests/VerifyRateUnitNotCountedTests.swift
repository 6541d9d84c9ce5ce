import Foundation
import Testing

@testable import AnnexKit

/// A noun a rate is per ('De kosten per gerenoveerde kilometer') does not name what the rate counts: values of that
/// noun in the next sentence ('16 kilometer per jaar') are no start and end of the rate's change
/// (`ClaimParser.namesCountedNoun`).
@Suite("verify: the unit of a rate names no count")
struct VerifyRateUnitNotCountedTests {
    @Test("Kilometres renovated are no values of the costs per kilometre")
    func rateUnit() throws {
        // 16 → 8 is −50% of the pace, not of the costs.
        try expectUnverifiable(
            "12%",
            in: "De kosten per gerenoveerde kilometer lagen 12% hoger dan in de vorige periode. Het tempo halveerde "
                + "bovendien: in 2019 werd nog 16 kilometer per jaar gerenoveerd, nu 8 kilometer.")
    }

    @Test("The counted noun itself still ties the next sentence's values")
    func countedNoun() throws {
        // 15 → 18: +20,0%.
        try expectVerdict(
            .consistent, of: "20%",
            in: "Het aantal gerenoveerde kilometers steeg met 20%. In 2023 werd 15 kilometer gerenoveerd, in 2024 18 "
                + "kilometer.")
    }
}
